import type { CheckoutSessionPaymentMethodOptions } from "./checkout_session_payment_method_options.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { Invoice } from "./invoice.js";
import type { Item } from "./item.js";
import type { PaymentIntent } from "./payment_intent.js";
import type { PaymentLink } from "./payment_link.js";
import type { PaymentPagesCheckoutSessionAfterExpiration } from "./payment_pages_checkout_session_after_expiration.js";
import type { PaymentPagesCheckoutSessionAutomaticTax } from "./payment_pages_checkout_session_automatic_tax.js";
import type { PaymentPagesCheckoutSessionConsent } from "./payment_pages_checkout_session_consent.js";
import type { PaymentPagesCheckoutSessionConsentCollection } from "./payment_pages_checkout_session_consent_collection.js";
import type { PaymentPagesCheckoutSessionCurrencyConversion } from "./payment_pages_checkout_session_currency_conversion.js";
import type { PaymentPagesCheckoutSessionCustomFields } from "./payment_pages_checkout_session_custom_fields.js";
import type { PaymentPagesCheckoutSessionCustomText } from "./payment_pages_checkout_session_custom_text.js";
import type { PaymentPagesCheckoutSessionCustomerDetails } from "./payment_pages_checkout_session_customer_details.js";
import type { PaymentPagesCheckoutSessionInvoiceCreation } from "./payment_pages_checkout_session_invoice_creation.js";
import type { PaymentPagesCheckoutSessionPhoneNumberCollection } from "./payment_pages_checkout_session_phone_number_collection.js";
import type { PaymentPagesCheckoutSessionShippingAddressCollection } from "./payment_pages_checkout_session_shipping_address_collection.js";
import type { PaymentPagesCheckoutSessionShippingCost } from "./payment_pages_checkout_session_shipping_cost.js";
import type { PaymentPagesCheckoutSessionShippingOption } from "./payment_pages_checkout_session_shipping_option.js";
import type { PaymentPagesCheckoutSessionTaxIdCollection } from "./payment_pages_checkout_session_tax_id_collection.js";
import type { PaymentPagesCheckoutSessionTotalDetails } from "./payment_pages_checkout_session_total_details.js";
import type { SetupIntent } from "./setup_intent.js";
import type { Shipping } from "./shipping.js";
import type { Subscription } from "./subscription.js";

/**
 * A Checkout Session represents your customer's session as they pay for
 * one-time purchases or subscriptions through [Checkout](https://stripe.com/docs/payments/checkout)
 * or [Payment Links](https://stripe.com/docs/payments/payment-links). We recommend creating a
 * new Session each time your customer attempts to pay.
 *
 * Once payment is successful, the Checkout Session will contain a reference
 * to the [Customer](https://stripe.com/docs/api/customers), and either the successful
 * [PaymentIntent](https://stripe.com/docs/api/payment_intents) or an active
 * [Subscription](https://stripe.com/docs/api/subscriptions).
 *
 * You can create a Checkout Session on your server and redirect to its URL
 * to begin Checkout.
 *
 * Related guide: [Checkout quickstart](https://stripe.com/docs/checkout/quickstart)
 *
 * @schema `checkout.session`
 */
export type CheckoutSession = {
  /** When set, provides configuration for actions to take if this Checkout Session expires. */
  after_expiration?: PaymentPagesCheckoutSessionAfterExpiration | null;
  /** Enables user redeemable promotion codes. */
  allow_promotion_codes?: boolean | null;
  /** Total of all items before discounts or taxes are applied. */
  amount_subtotal?: number | null;
  /** Total of all items after discounts and taxes are applied. */
  amount_total?: number | null;
  automatic_tax: PaymentPagesCheckoutSessionAutomaticTax;
  /** Describes whether Checkout should collect the customer's billing address. */
  billing_address_collection?: "auto" | "required" | null;
  /**
   * If set, Checkout displays a back button and customers will be directed to this URL if they decide to cancel payment and return to your website.
   *
   * @maxLength 5000
   */
  cancel_url?: string | null;
  /**
   * A unique string to reference the Checkout Session. This can be a
   * customer ID, a cart ID, or similar, and can be used to reconcile the
   * Session with your internal systems.
   *
   * @maxLength 5000
   */
  client_reference_id?: string | null;
  /** Results of `consent_collection` for this session. */
  consent?: PaymentPagesCheckoutSessionConsent | null;
  /** When set, provides configuration for the Checkout Session to gather active consent from customers. */
  consent_collection?: PaymentPagesCheckoutSessionConsentCollection | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency?: string | null;
  /** Currency conversion details for automatic currency conversion sessions */
  currency_conversion?: PaymentPagesCheckoutSessionCurrencyConversion | null;
  /** Collect additional information from your customer using custom fields. Up to 2 fields are supported. */
  custom_fields: PaymentPagesCheckoutSessionCustomFields[];
  custom_text: PaymentPagesCheckoutSessionCustomText;
  /**
   * The ID of the customer for this Session.
   * For Checkout Sessions in `subscription` mode or Checkout Sessions with `customer_creation` set as `always` in `payment` mode, Checkout
   * will create a new customer object based on information provided
   * during the payment flow unless an existing customer was provided when
   * the Session was created.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /** Configure whether a Checkout Session creates a Customer when the Checkout Session completes. */
  customer_creation?: "always" | "if_required" | null;
  /** The customer details including the customer's tax exempt status and the customer's tax IDs. Only the customer's email is present on Sessions in `setup` mode. */
  customer_details?: PaymentPagesCheckoutSessionCustomerDetails | null;
  /**
   * If provided, this value will be used when the Customer object is created.
   * If not provided, customers will be asked to enter their email address.
   * Use this parameter to prefill customer data if you already have an email
   * on file. To access information about the customer once the payment flow is
   * complete, use the `customer` attribute.
   *
   * @maxLength 5000
   */
  customer_email?: string | null;
  /**
   * The timestamp at which the Checkout Session will expire.
   *
   * @format unix-time
   */
  expires_at: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * ID of the invoice created by the Checkout Session, if it exists.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice?: string | Invoice | null;
  /** Details on the state of invoice creation for the Checkout Session. */
  invoice_creation?: PaymentPagesCheckoutSessionInvoiceCreation | null;
  /** The line items purchased by the customer. */
  line_items?: {
    /** Details about each object. */
    data: Item[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  };
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** The IETF language tag of the locale Checkout is displayed in. If blank or `auto`, the browser's locale is used. */
  locale?:
    | "auto"
    | "bg"
    | "cs"
    | "da"
    | "de"
    | "el"
    | "en"
    | "en-GB"
    | "es"
    | "es-419"
    | "et"
    | "fi"
    | "fil"
    | "fr"
    | "fr-CA"
    | "hr"
    | "hu"
    | "id"
    | "it"
    | "ja"
    | "ko"
    | "lt"
    | "lv"
    | "ms"
    | "mt"
    | "nb"
    | "nl"
    | "pl"
    | "pt"
    | "pt-BR"
    | "ro"
    | "ru"
    | "sk"
    | "sl"
    | "sv"
    | "th"
    | "tr"
    | "vi"
    | "zh"
    | "zh-HK"
    | "zh-TW"
    | (string & {})
    | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** The mode of the Checkout Session. */
  mode: "payment" | "setup" | "subscription";
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "checkout.session";
  /**
   * The ID of the PaymentIntent for Checkout Sessions in `payment` mode.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_intent?: string | PaymentIntent | null;
  /**
   * The ID of the Payment Link that created this Session.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_link?: string | PaymentLink | null;
  /** Configure whether a Checkout Session should collect a payment method. */
  payment_method_collection?: "always" | "if_required" | null;
  /** Payment-method-specific configuration for the PaymentIntent or SetupIntent of this CheckoutSession. */
  payment_method_options?: CheckoutSessionPaymentMethodOptions | null;
  /**
   * A list of the types of payment methods (e.g. card) this Checkout
   * Session is allowed to accept.
   */
  payment_method_types: string[];
  /**
   * The payment status of the Checkout Session, one of `paid`, `unpaid`, or `no_payment_required`.
   * You can use this value to decide when to fulfill your customer's order.
   */
  payment_status: "no_payment_required" | "paid" | "unpaid";
  phone_number_collection?: PaymentPagesCheckoutSessionPhoneNumberCollection;
  /**
   * The ID of the original expired Checkout Session that triggered the recovery flow.
   *
   * @maxLength 5000
   */
  recovered_from?: string | null;
  /**
   * The ID of the SetupIntent for Checkout Sessions in `setup` mode.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  setup_intent?: string | SetupIntent | null;
  /** When set, provides configuration for Checkout to collect a shipping address from a customer. */
  shipping_address_collection?: PaymentPagesCheckoutSessionShippingAddressCollection | null;
  /** The details of the customer cost of shipping, including the customer chosen ShippingRate. */
  shipping_cost?: PaymentPagesCheckoutSessionShippingCost | null;
  /** Shipping information for this Checkout Session. */
  shipping_details?: Shipping | null;
  /** The shipping rate options applied to this Session. */
  shipping_options: PaymentPagesCheckoutSessionShippingOption[];
  /** The status of the Checkout Session, one of `open`, `complete`, or `expired`. */
  status?: "complete" | "expired" | "open" | null;
  /**
   * Describes the type of transaction being performed by Checkout in order to customize
   * relevant text on the page, such as the submit button. `submit_type` can only be
   * specified on Checkout Sessions in `payment` mode, but not Checkout Sessions
   * in `subscription` or `setup` mode.
   */
  submit_type?: "auto" | "book" | "donate" | "pay" | null;
  /**
   * The ID of the subscription for Checkout Sessions in `subscription` mode.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription?: string | Subscription | null;
  /**
   * The URL the customer will be directed to after the payment or
   * subscription creation is successful.
   *
   * @maxLength 5000
   */
  success_url?: string | null;
  tax_id_collection?: PaymentPagesCheckoutSessionTaxIdCollection;
  /** Tax and discount details for the computed total amount. */
  total_details?: PaymentPagesCheckoutSessionTotalDetails | null;
  /**
   * The URL to the Checkout Session. Redirect customers to this URL to take them to Checkout. If you’re using [Custom Domains](https://stripe.com/docs/payments/checkout/custom-domains), the URL will use your subdomain. Otherwise, it’ll use `checkout.stripe.com.`
   * This value is only present when the session is active.
   *
   * @maxLength 5000
   */
  url?: string | null;
};
