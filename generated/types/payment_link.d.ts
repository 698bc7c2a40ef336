import type { Account } from "./account.js";
import type { Application } from "./application.js";
import type { DeletedApplication } from "./deleted_application.js";
import type { Item } from "./item.js";
import type { PaymentLinksResourceAfterCompletion } from "./payment_links_resource_after_completion.js";
import type { PaymentLinksResourceAutomaticTax } from "./payment_links_resource_automatic_tax.js";
import type { PaymentLinksResourceConsentCollection } from "./payment_links_resource_consent_collection.js";
import type { PaymentLinksResourceCustomFields } from "./payment_links_resource_custom_fields.js";
import type { PaymentLinksResourceCustomText } from "./payment_links_resource_custom_text.js";
import type { PaymentLinksResourceInvoiceCreation } from "./payment_links_resource_invoice_creation.js";
import type { PaymentLinksResourcePaymentIntentData } from "./payment_links_resource_payment_intent_data.js";
import type { PaymentLinksResourcePhoneNumberCollection } from "./payment_links_resource_phone_number_collection.js";
import type { PaymentLinksResourceShippingAddressCollection } from "./payment_links_resource_shipping_address_collection.js";
import type { PaymentLinksResourceShippingOption } from "./payment_links_resource_shipping_option.js";
import type { PaymentLinksResourceSubscriptionData } from "./payment_links_resource_subscription_data.js";
import type { PaymentLinksResourceTaxIdCollection } from "./payment_links_resource_tax_id_collection.js";
import type { PaymentLinksResourceTransferData } from "./payment_links_resource_transfer_data.js";

/**
 * A payment link is a shareable URL that will take your customers to a hosted payment page. A payment link can be shared and used multiple times.
 *
 * When a customer opens a payment link it will open a new [checkout session](https://stripe.com/docs/api/checkout/sessions) to render the payment page. You can use [checkout session events](https://stripe.com/docs/api/events/types#event_types-checkout.session.completed) to track payments through payment links.
 *
 * Related guide: [Payment Links API](https://stripe.com/docs/payment-links)
 *
 * @schema `payment_link`
 */
export type PaymentLink = {
  /** Whether the payment link's `url` is active. If `false`, customers visiting the URL will be shown a page saying that the link has been deactivated. */
  active: boolean;
  after_completion: PaymentLinksResourceAfterCompletion;
  /** Whether user redeemable promotion codes are enabled. */
  allow_promotion_codes: boolean;
  /**
   * The ID of the Connect application that created the Payment Link.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | DeletedApplication | null;
  /** The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. */
  application_fee_amount?: number | null;
  /** This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account. */
  application_fee_percent?: number | null;
  automatic_tax: PaymentLinksResourceAutomaticTax;
  /** Configuration for collecting the customer's billing address. */
  billing_address_collection: "auto" | "required";
  /** When set, provides configuration to gather active consent from customers. */
  consent_collection?: PaymentLinksResourceConsentCollection | null;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** Collect additional information from your customer using custom fields. Up to 2 fields are supported. */
  custom_fields: PaymentLinksResourceCustomFields[];
  custom_text: PaymentLinksResourceCustomText;
  /** Configuration for Customer creation during checkout. */
  customer_creation: "always" | "if_required";
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Configuration for creating invoice for payment mode payment links. */
  invoice_creation?: PaymentLinksResourceInvoiceCreation | null;
  /** The line items representing what is being sold. */
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
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "payment_link";
  /**
   * The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** Indicates the parameters to be passed to PaymentIntent creation during checkout. */
  payment_intent_data?: PaymentLinksResourcePaymentIntentData | null;
  /** Configuration for collecting a payment method during checkout. */
  payment_method_collection: "always" | "if_required";
  /** The list of payment method types that customers can use. When `null`, Stripe will dynamically show relevant payment methods you've enabled in your [payment method settings](https://dashboard.stripe.com/settings/payment_methods). */
  payment_method_types?:
    | (
        | "affirm"
        | "afterpay_clearpay"
        | "alipay"
        | "au_becs_debit"
        | "bacs_debit"
        | "bancontact"
        | "blik"
        | "boleto"
        | "card"
        | "cashapp"
        | "eps"
        | "fpx"
        | "giropay"
        | "grabpay"
        | "ideal"
        | "klarna"
        | "konbini"
        | "link"
        | "oxxo"
        | "p24"
        | "paynow"
        | "paypal"
        | "pix"
        | "promptpay"
        | "sepa_debit"
        | "sofort"
        | "us_bank_account"
        | "wechat_pay"
        | (string & {})
      )[]
    | null;
  phone_number_collection: PaymentLinksResourcePhoneNumberCollection;
  /** Configuration for collecting the customer's shipping address. */
  shipping_address_collection?: PaymentLinksResourceShippingAddressCollection | null;
  /** The shipping rate options applied to the session. */
  shipping_options: PaymentLinksResourceShippingOption[];
  /** Indicates the type of transaction being performed which customizes relevant text on the page, such as the submit button. */
  submit_type: "auto" | "book" | "donate" | "pay";
  /** When creating a subscription, the specified configuration data will be used. There must be at least one line item with a recurring price to use `subscription_data`. */
  subscription_data?: PaymentLinksResourceSubscriptionData | null;
  tax_id_collection: PaymentLinksResourceTaxIdCollection;
  /** The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to. */
  transfer_data?: PaymentLinksResourceTransferData | null;
  /**
   * The public URL that can be shared with customers.
   *
   * @maxLength 5000
   */
  url: string;
};
