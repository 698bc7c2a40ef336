import type { Account } from "./account.js";
import type { Address } from "./address.js";
import type { ApiErrors } from "./api_errors.js";
import type { Application } from "./application.js";
import type { AutomaticTax } from "./automatic_tax.js";
import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";
import type { Charge } from "./charge.js";
import type { Customer } from "./customer.js";
import type { DeletedApplication } from "./deleted_application.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { DeletedDiscount } from "./deleted_discount.js";
import type { DeletedTaxId } from "./deleted_tax_id.js";
import type { Discount } from "./discount.js";
import type { DiscountsResourceDiscountAmount } from "./discounts_resource_discount_amount.js";
import type { InvoiceSettingCustomField } from "./invoice_setting_custom_field.js";
import type { InvoiceSettingRenderingOptions } from "./invoice_setting_rendering_options.js";
import type { InvoiceTaxAmount } from "./invoice_tax_amount.js";
import type { InvoiceThresholdReason } from "./invoice_threshold_reason.js";
import type { InvoiceTransferData } from "./invoice_transfer_data.js";
import type { InvoicesFromInvoice } from "./invoices_from_invoice.js";
import type { InvoicesPaymentSettings } from "./invoices_payment_settings.js";
import type { InvoicesResourceInvoiceTaxId } from "./invoices_resource_invoice_tax_id.js";
import type { InvoicesShippingCost } from "./invoices_shipping_cost.js";
import type { InvoicesStatusTransitions } from "./invoices_status_transitions.js";
import type { LineItem } from "./line_item.js";
import type { PaymentIntent } from "./payment_intent.js";
import type { PaymentMethod } from "./payment_method.js";
import type { Quote } from "./quote.js";
import type { Shipping } from "./shipping.js";
import type { Source } from "./source.js";
import type { Subscription } from "./subscription.js";
import type { SubscriptionDetailsData } from "./subscription_details_data.js";
import type { TaxId } from "./tax_id.js";
import type { TaxRate } from "./tax_rate.js";
import type { TestHelpersTestClock } from "./test_helpers.test_clock.js";

/**
 * Invoices are statements of amounts owed by a customer, and are either
 * generated one-off, or generated periodically from a subscription.
 *
 * They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and proration adjustments
 * that may be caused by subscription upgrades/downgrades (if necessary).
 *
 * If your invoice is configured to be billed through automatic charges,
 * Stripe automatically finalizes your invoice and attempts payment. Note
 * that finalizing the invoice,
 * [when automatic](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection), does
 * not happen immediately as the invoice is created. Stripe waits
 * until one hour after the last webhook was successfully sent (or the last
 * webhook timed out after failing). If you (and the platforms you may have
 * connected to) have no webhooks configured, Stripe waits one hour after
 * creation to finalize the invoice.
 *
 * If your invoice is configured to be billed by sending an email, then based on your
 * [email settings](https://dashboard.stripe.com/account/billing/automatic),
 * Stripe will email the invoice to your customer and await payment. These
 * emails can contain a link to a hosted page to pay the invoice.
 *
 * Stripe applies any customer credit on the account before determining the
 * amount due for the invoice (i.e., the amount that will be actually
 * charged). If the amount due for the invoice is less than Stripe's [minimum allowed charge
 * per currency](/docs/currencies#minimum-and-maximum-charge-amounts), the
 * invoice is automatically marked paid, and we add the amount due to the
 * customer's credit balance which is applied to the next invoice.
 *
 * More details on the customer's credit balance are
 * [here](https://stripe.com/docs/billing/customer/balance).
 *
 * Related guide: [Send invoices to customers](https://stripe.com/docs/billing/invoices/sending)
 *
 * @schema `invoice`
 */
export type Invoice = {
  /**
   * The country of the business associated with this invoice, most often the business creating the invoice.
   *
   * @maxLength 5000
   */
  account_country?: string | null;
  /**
   * The public name of the business associated with this invoice, most often the business creating the invoice.
   *
   * @maxLength 5000
   */
  account_name?: string | null;
  /** The account tax IDs associated with the invoice. Only editable when the invoice is a draft. */
  account_tax_ids?: (string | TaxId | DeletedTaxId)[] | null;
  /** Final amount due at this time for this invoice. If the invoice's total is smaller than the minimum charge amount, for example, or if there is account credit that can be applied to the invoice, the `amount_due` may be 0. If there is a positive `starting_balance` for the invoice (the customer owes money), the `amount_due` will also take that into account. The charge that gets generated for the invoice will be for the amount specified in `amount_due`. */
  amount_due: number;
  /** The amount, in cents (or local equivalent), that was paid. */
  amount_paid: number;
  /** The difference between amount_due and amount_paid, in cents (or local equivalent). */
  amount_remaining: number;
  /** This is the sum of all the shipping amounts. */
  amount_shipping: number;
  /**
   * ID of the Connect Application that created the invoice.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | DeletedApplication | null;
  /** The fee in cents (or local equivalent) that will be applied to the invoice and transferred to the application owner's Stripe account when the invoice is paid. */
  application_fee_amount?: number | null;
  /** Number of payment attempts made for this invoice, from the perspective of the payment retry schedule. Any payment attempt counts as the first attempt, and subsequently only automatic retries increment the attempt count. In other words, manual payment attempts after the first attempt do not affect the retry schedule. */
  attempt_count: number;
  /** Whether an attempt has been made to pay the invoice. An invoice is not attempted until 1 hour after the `invoice.created` webhook, for example, so you might not want to display that invoice as unpaid to your users. */
  attempted: boolean;
  /** Controls whether Stripe performs [automatic collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection) of the invoice. If `false`, the invoice's state doesn't automatically advance without an explicit action. */
  auto_advance?: boolean;
  automatic_tax: AutomaticTax;
  /**
   * Indicates the reason why the invoice was created.
   *
   * * `manual`: Unrelated to a subscription, for example, created via the invoice editor.
   * * `subscription`: No longer in use. Applies to subscriptions from before May 2018 where no distinction was made between updates, cycles, and thresholds.
   * * `subscription_create`: A new subscription was created.
   * * `subscription_cycle`: A subscription advanced into a new period.
   * * `subscription_threshold`: A subscription reached a billing threshold.
   * * `subscription_update`: A subscription was updated.
   * * `upcoming`: Reserved for simulated invoices, per the upcoming invoice endpoint.
   */
  billing_reason?:
    | "automatic_pending_invoice_item_invoice"
    | "manual"
    | "quote_accept"
    | "subscription"
    | "subscription_create"
    | "subscription_cycle"
    | "subscription_threshold"
    | "subscription_update"
    | "upcoming"
    | null;
  /**
   * ID of the latest charge generated for this invoice, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  charge?: string | Charge | null;
  /** Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions. */
  collection_method: "charge_automatically" | "send_invoice";
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** Custom fields displayed on the invoice. */
  custom_fields?: InvoiceSettingCustomField[] | null;
  /**
   * The ID of the customer who will be billed.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /** The customer's address. Until the invoice is finalized, this field will equal `customer.address`. Once the invoice is finalized, this field will no longer be updated. */
  customer_address?: Address | null;
  /**
   * The customer's email. Until the invoice is finalized, this field will equal `customer.email`. Once the invoice is finalized, this field will no longer be updated.
   *
   * @maxLength 5000
   */
  customer_email?: string | null;
  /**
   * The customer's name. Until the invoice is finalized, this field will equal `customer.name`. Once the invoice is finalized, this field will no longer be updated.
   *
   * @maxLength 5000
   */
  customer_name?: string | null;
  /**
   * The customer's phone number. Until the invoice is finalized, this field will equal `customer.phone`. Once the invoice is finalized, this field will no longer be updated.
   *
   * @maxLength 5000
   */
  customer_phone?: string | null;
  /** The customer's shipping information. Until the invoice is finalized, this field will equal `customer.shipping`. Once the invoice is finalized, this field will no longer be updated. */
  customer_shipping?: Shipping | null;
  /** The customer's tax exempt status. Until the invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field will no longer be updated. */
  customer_tax_exempt?: "exempt" | "none" | "reverse" | null;
  /** The customer's tax IDs. Until the invoice is finalized, this field will contain the same tax IDs as `customer.tax_ids`. Once the invoice is finalized, this field will no longer be updated. */
  customer_tax_ids?: InvoicesResourceInvoiceTaxId[] | null;
  /**
   * ID of the default payment method for the invoice. It must belong to the customer associated with the invoice. If not set, defaults to the subscription's default payment method, if any, or to the default payment method in the customer's invoice settings.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_payment_method?: string | PaymentMethod | null;
  /**
   * ID of the default payment source for the invoice. It must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to the subscription's default source, if any, or to the customer's default source.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  default_source?: string | BankAccount | Card | Source | null;
  /** The tax rates applied to this invoice, if any. */
  default_tax_rates: TaxRate[];
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users. Referenced as 'memo' in the Dashboard.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** Describes the current discount applied to this invoice, if there is one. Not populated if there are multiple discounts. */
  discount?: Discount | null;
  /** The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount. */
  discounts?: (string | Discount | DeletedDiscount)[] | null;
  /**
   * The date on which payment for this invoice is due. This value will be `null` for invoices where `collection_method=charge_automatically`.
   *
   * @format unix-time
   */
  due_date?: number | null;
  /**
   * The date when this invoice is in effect. Same as `finalized_at` unless overwritten. When defined, this value replaces the system-generated 'Date of issue' printed on the invoice PDF and receipt.
   *
   * @format unix-time
   */
  effective_at?: number | null;
  /** Ending customer balance after the invoice is finalized. Invoices are finalized approximately an hour after successful webhook delivery or when payment collection is attempted for the invoice. If the invoice has not been finalized yet, this will be null. */
  ending_balance?: number | null;
  /**
   * Footer displayed on the invoice.
   *
   * @maxLength 5000
   */
  footer?: string | null;
  /** Details of the invoice that was cloned. See the [revision documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more details. */
  from_invoice?: InvoicesFromInvoice | null;
  /**
   * The URL for the hosted invoice page, which allows customers to view and pay an invoice. If the invoice has not been finalized yet, this will be null.
   *
   * @maxLength 5000
   */
  hosted_invoice_url?: string | null;
  /**
   * Unique identifier for the object. This property is always present unless the invoice is an upcoming invoice. See [Retrieve an upcoming invoice](https://stripe.com/docs/api/invoices/upcoming) for more details.
   *
   * @maxLength 5000
   */
  id?: string;
  /**
   * The link to download the PDF for the invoice. If the invoice has not been finalized yet, this will be null.
   *
   * @maxLength 5000
   */
  invoice_pdf?: string | null;
  /** The error encountered during the previous attempt to finalize the invoice. This field is cleared when the invoice is successfully finalized. */
  last_finalization_error?: ApiErrors | null;
  /**
   * The ID of the most recent non-draft revision of this invoice
   *
   * @expandable An ID, or the object when the request expands this field
   */
  latest_revision?: string | Invoice | null;
  /** The individual line items that make up the invoice. `lines` is sorted as follows: (1) pending invoice items (including prorations) in reverse chronological order, (2) subscription items in reverse chronological order, and (3) invoice items added after invoice creation in chronological order. */
  lines: {
    /** Details about each object. */
    data: LineItem[];
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
  metadata?: { [key: string]: string } | null;
  /**
   * The time at which payment will next be attempted. This value will be `null` for invoices where `collection_method=send_invoice`.
   *
   * @format unix-time
   */
  next_payment_attempt?: number | null;
  /**
   * A unique, identifying string that appears on emails sent to the customer for this invoice. This starts with the customer's unique invoice_prefix if it is specified.
   *
   * @maxLength 5000
   */
  number?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "invoice";
  /**
   * The account (if any) for which the funds of the invoice payment are intended. If set, the invoice will be presented with the branding and support information of the specified account. See the [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect) documentation for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** Whether payment was successfully collected for this invoice. An invoice can be paid (most commonly) with a charge or with credit from the customer's account balance. */
  paid: boolean;
  /** Returns true if the invoice was manually marked paid, returns false if the invoice hasn't been paid yet or was paid on Stripe. */
  paid_out_of_band: boolean;
  /**
   * The PaymentIntent associated with this invoice. The PaymentIntent is generated when the invoice is finalized, and can then be used to pay the invoice. Note that voiding an invoice will cancel the PaymentIntent.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_intent?: string | PaymentIntent | null;
  payment_settings: InvoicesPaymentSettings;
  /**
   * End of the usage period during which invoice items were added to this invoice.
   *
   * @format unix-time
   */
  period_end: number;
  /**
   * Start of the usage period during which invoice items were added to this invoice.
   *
   * @format unix-time
   */
  period_start: number;
  /** Total amount of all post-payment credit notes issued for this invoice. */
  post_payment_credit_notes_amount: number;
  /** Total amount of all pre-payment credit notes issued for this invoice. */
  pre_payment_credit_notes_amount: number;
  /**
   * The quote this invoice was generated from.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  quote?: string | Quote | null;
  /**
   * This is the transaction number that appears on email receipts sent for this invoice.
   *
   * @maxLength 5000
   */
  receipt_number?: string | null;
  /** Options for invoice PDF rendering. */
  rendering_options?: InvoiceSettingRenderingOptions | null;
  /** The details of the cost of shipping, including the ShippingRate applied on the invoice. */
  shipping_cost?: InvoicesShippingCost | null;
  /** Shipping details for the invoice. The Invoice PDF will use the `shipping_details` value if it is set, otherwise the PDF will render the shipping address from the customer. */
  shipping_details?: Shipping | null;
  /** Starting customer balance before the invoice is finalized. If the invoice has not been finalized yet, this will be the current customer balance. For revision invoices, this also includes any customer balance that was applied to the original invoice. */
  starting_balance: number;
  /**
   * Extra information about an invoice for the customer's credit card statement.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
  /** The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview) */
  status?:
    "draft" | "open" | "paid" | "uncollectible" | "void" | (string & {}) | null;
  status_transitions: InvoicesStatusTransitions;
  /**
   * The subscription that this invoice was prepared for, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription?: string | Subscription | null;
  /** Details about the subscription that created this invoice. */
  subscription_details?: SubscriptionDetailsData | null;
  /** Only set for upcoming invoices that preview prorations. The time used to calculate prorations. */
  subscription_proration_date?: number;
  /** Total of all subscriptions, invoice items, and prorations on the invoice before any invoice level discount or exclusive tax is applied. Item discounts are already incorporated */
  subtotal: number;
  /** The integer amount in cents (or local equivalent) representing the subtotal of the invoice before any invoice level discount or tax is applied. Item discounts are already incorporated */
  subtotal_excluding_tax?: number | null;
  /** The amount of tax on this invoice. This is the sum of all the tax amounts on this invoice. */
  tax?: number | null;
  /**
   * ID of the test clock this invoice belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  test_clock?: string | TestHelpersTestClock | null;
  threshold_reason?: InvoiceThresholdReason;
  /** Total after discounts and taxes. */
  total: number;
  /** The aggregate amounts calculated per discount across all line items. */
  total_discount_amounts?: DiscountsResourceDiscountAmount[] | null;
  /** The integer amount in cents (or local equivalent) representing the total amount of the invoice including all discounts but excluding all tax. */
  total_excluding_tax?: number | null;
  /** The aggregate amounts calculated per tax rate for all line items. */
  total_tax_amounts: InvoiceTaxAmount[];
  /** The account (if any) the payment will be attributed to for tax reporting, and where funds from the payment will be transferred to for the invoice. */
  transfer_data?: InvoiceTransferData | null;
  /**
   * Invoices are automatically paid or sent 1 hour after webhooks are delivered, or until all webhook delivery attempts have [been exhausted](https://stripe.com/docs/billing/webhooks#understand). This field tracks the time when webhooks for this invoice were successfully delivered. If the invoice had no webhooks to deliver, this will be set while the invoice is being created.
   *
   * @format unix-time
   */
  webhooks_delivered_at?: number | null;
};
