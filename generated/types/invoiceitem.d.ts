import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { Discount } from "./discount.js";
import type { Invoice } from "./invoice.js";
import type { InvoiceLineItemPeriod } from "./invoice_line_item_period.js";
import type { Price } from "./price.js";
import type { Subscription } from "./subscription.js";
import type { TaxRate } from "./tax_rate.js";
import type { TestHelpersTestClock } from "./test_helpers.test_clock.js";

/**
 * Invoice Items represent the component lines of an [invoice](https://stripe.com/docs/api/invoices). An invoice item is added to an
 * invoice by creating or updating it with an `invoice` field, at which point it will be included as
 * [an invoice line item](https://stripe.com/docs/api/invoices/line_item) within
 * [invoice.lines](https://stripe.com/docs/api/invoices/object#invoice_object-lines).
 *
 * Invoice Items can be created before you are ready to actually send the invoice. This can be particularly useful when combined
 * with a [subscription](https://stripe.com/docs/api/subscriptions). Sometimes you want to add a charge or credit to a customer, but actually charge
 * or credit the customer’s card only at the end of a regular billing cycle. This is useful for combining several charges
 * (to minimize per-transaction fees), or for having Stripe tabulate your usage-based billing totals.
 *
 * Related guides: [Integrate with the Invoicing API](https://stripe.com/docs/invoicing/integration), [Subscription Invoices](https://stripe.com/docs/billing/invoices/subscription#adding-upcoming-invoice-items).
 *
 * @schema `invoiceitem`
 */
export type Invoiceitem = {
  /** Amount (in the `currency` specified) of the invoice item. This should always be equal to `unit_amount * quantity`. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * The ID of the customer who will be billed when this invoice item is billed.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer: string | Customer | DeletedCustomer;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  date: number;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** If true, discounts will apply to this invoice item. Always false for prorations. */
  discountable: boolean;
  /** The discounts which apply to the invoice item. Item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount. */
  discounts?: (string | Discount)[] | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The ID of the invoice this invoice item belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice?: string | Invoice | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "invoiceitem";
  period: InvoiceLineItemPeriod;
  /** The price of the invoice item. */
  price?: Price | null;
  /** Whether the invoice item was created automatically as a proration adjustment when the customer switched plans. */
  proration: boolean;
  /** Quantity of units for the invoice item. If the invoice item is a proration, the quantity of the subscription that the proration was computed for. */
  quantity: number;
  /**
   * The subscription that this invoice item has been created for, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription?: string | Subscription | null;
  /**
   * The subscription item that this invoice item has been created for, if any.
   *
   * @maxLength 5000
   */
  subscription_item?: string;
  /** The tax rates which apply to the invoice item. When set, the `default_tax_rates` on the invoice do not apply to this invoice item. */
  tax_rates?: TaxRate[] | null;
  /**
   * ID of the test clock this invoice item belongs to.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  test_clock?: string | TestHelpersTestClock | null;
  /** Unit amount (in the `currency` specified) of the invoice item. */
  unit_amount?: number | null;
  /**
   * Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
   *
   * @format decimal
   */
  unit_amount_decimal?: string | null;
};
