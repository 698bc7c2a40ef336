import type { Discount } from "./discount.js";
import type { DiscountsResourceDiscountAmount } from "./discounts_resource_discount_amount.js";
import type { InvoiceLineItemPeriod } from "./invoice_line_item_period.js";
import type { InvoiceTaxAmount } from "./invoice_tax_amount.js";
import type { Invoiceitem } from "./invoiceitem.js";
import type { InvoicesResourceLineItemsProrationDetails } from "./invoices_resource_line_items_proration_details.js";
import type { Price } from "./price.js";
import type { Subscription } from "./subscription.js";
import type { SubscriptionItem } from "./subscription_item.js";
import type { TaxRate } from "./tax_rate.js";

/** @schema `line_item` */
export type LineItem = {
  /** The amount, in cents (or local equivalent). */
  amount: number;
  /** The integer amount in cents (or local equivalent) representing the amount for this line item, excluding all tax and discounts. */
  amount_excluding_tax?: number | null;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** The amount of discount calculated per discount for this line item. */
  discount_amounts?: DiscountsResourceDiscountAmount[] | null;
  /** If true, discounts will apply to this line item. Always false for prorations. */
  discountable: boolean;
  /** The discounts applied to the invoice line item. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount. */
  discounts?: (string | Discount)[] | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The ID of the [invoice item](https://stripe.com/docs/api/invoiceitems) associated with this line item if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice_item?: string | Invoiceitem;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Note that for line items with `type=subscription` this will reflect the metadata of the subscription that caused the line item to be created. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "line_item";
  period: InvoiceLineItemPeriod;
  /** The price of the line item. */
  price?: Price | null;
  /** Whether this is a proration. */
  proration: boolean;
  /** Additional details for proration line items */
  proration_details?: InvoicesResourceLineItemsProrationDetails | null;
  /** The quantity of the subscription, if the line item is a subscription or a proration. */
  quantity?: number | null;
  /**
   * The subscription that the invoice item pertains to, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription?: string | Subscription | null;
  /**
   * The subscription item that generated this line item. Left empty if the line item is not an explicit result of a subscription.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  subscription_item?: string | SubscriptionItem;
  /** The amount of tax calculated per tax rate for this line item */
  tax_amounts?: InvoiceTaxAmount[];
  /** The tax rates which apply to the line item. */
  tax_rates?: TaxRate[];
  /** A string identifying the type of the source of this line item, either an `invoiceitem` or a `subscription`. */
  type: "invoiceitem" | "subscription";
  /**
   * The amount in cents (or local equivalent) representing the unit amount for this line item, excluding all tax and discounts.
   *
   * @format decimal
   */
  unit_amount_excluding_tax?: string | null;
};
