import type { Account } from "./account.js";
import type { Application } from "./application.js";
import type { Customer } from "./customer.js";
import type { DeletedApplication } from "./deleted_application.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { DeletedInvoice } from "./deleted_invoice.js";
import type { Discount } from "./discount.js";
import type { Invoice } from "./invoice.js";
import type { InvoiceSettingQuoteSetting } from "./invoice_setting_quote_setting.js";
import type { Item } from "./item.js";
import type { QuotesResourceAutomaticTax } from "./quotes_resource_automatic_tax.js";
import type { QuotesResourceComputed } from "./quotes_resource_computed.js";
import type { QuotesResourceFromQuote } from "./quotes_resource_from_quote.js";
import type { QuotesResourceStatusTransitions } from "./quotes_resource_status_transitions.js";
import type { QuotesResourceSubscriptionDataSubscriptionData } from "./quotes_resource_subscription_data_subscription_data.js";
import type { QuotesResourceTotalDetails } from "./quotes_resource_total_details.js";
import type { QuotesResourceTransferData } from "./quotes_resource_transfer_data.js";
import type { Subscription } from "./subscription.js";
import type { SubscriptionSchedule } from "./subscription_schedule.js";
import type { TaxRate } from "./tax_rate.js";
import type { TestHelpersTestClock } from "./test_helpers.test_clock.js";

/**
 * A Quote is a way to model prices that you'd like to provide to a customer.
 * Once accepted, it will automatically create an invoice, subscription or subscription schedule.
 *
 * @schema `quote`
 */
export type Quote = {
  /** Total before any discounts or taxes are applied. */
  amount_subtotal: number;
  /** Total after discounts and taxes are applied. */
  amount_total: number;
  /**
   * ID of the Connect Application that created the quote.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | DeletedApplication | null;
  /** The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. Only applicable if there are no line items with recurring prices on the quote. */
  application_fee_amount?: number | null;
  /** A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account. Only applicable if there are line items with recurring prices on the quote. */
  application_fee_percent?: number | null;
  automatic_tax: QuotesResourceAutomaticTax;
  /** Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay invoices at the end of the subscription cycle or on finalization using the default payment method attached to the subscription or customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions and mark the subscription as `active`. Defaults to `charge_automatically`. */
  collection_method: "charge_automatically" | "send_invoice";
  computed: QuotesResourceComputed;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   *
   * @maxLength 5000
   */
  currency?: string | null;
  /**
   * The customer which this quote belongs to. A customer is required before finalizing the quote. Once specified, it cannot be changed.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /** The tax rates applied to this quote. */
  default_tax_rates?: (string | TaxRate)[];
  /**
   * A description that will be displayed on the quote PDF.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** The discounts applied to this quote. */
  discounts: (string | Discount)[];
  /**
   * The date on which the quote will be canceled if in `open` or `draft` status. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  expires_at: number;
  /**
   * A footer that will be displayed on the quote PDF.
   *
   * @maxLength 5000
   */
  footer?: string | null;
  /** Details of the quote that was cloned. See the [cloning documentation](https://stripe.com/docs/quotes/clone) for more details. */
  from_quote?: QuotesResourceFromQuote | null;
  /**
   * A header that will be displayed on the quote PDF.
   *
   * @maxLength 5000
   */
  header?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The invoice that was created from this quote.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice?: string | Invoice | DeletedInvoice | null;
  /** All invoices will be billed using the specified settings. */
  invoice_settings?: InvoiceSettingQuoteSetting | null;
  /** A list of items the customer is being quoted for. */
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
  /**
   * A unique number that identifies this particular quote. This number is assigned once the quote is [finalized](https://stripe.com/docs/quotes/overview#finalize).
   *
   * @maxLength 5000
   */
  number?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "quote";
  /**
   * The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** The status of the quote. */
  status: "accepted" | "canceled" | "draft" | "open" | (string & {});
  status_transitions: QuotesResourceStatusTransitions;
  /**
   * The subscription that was created or updated from this quote.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription?: string | Subscription | null;
  subscription_data: QuotesResourceSubscriptionDataSubscriptionData;
  /**
   * The subscription schedule that was created or updated from this quote.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription_schedule?: string | SubscriptionSchedule | null;
  /**
   * ID of the test clock this quote belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  test_clock?: string | TestHelpersTestClock | null;
  total_details: QuotesResourceTotalDetails;
  /** The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the invoices. */
  transfer_data?: QuotesResourceTransferData | null;
};
