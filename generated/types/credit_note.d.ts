import type { CreditNoteLineItem } from "./credit_note_line_item.js";
import type { CreditNoteTaxAmount } from "./credit_note_tax_amount.js";
import type { Customer } from "./customer.js";
import type { CustomerBalanceTransaction } from "./customer_balance_transaction.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { DiscountsResourceDiscountAmount } from "./discounts_resource_discount_amount.js";
import type { Invoice } from "./invoice.js";
import type { InvoicesShippingCost } from "./invoices_shipping_cost.js";
import type { Refund } from "./refund.js";

/**
 * Issue a credit note to adjust an invoice's amount after the invoice is finalized.
 *
 * Related guide: [Credit notes](https://stripe.com/docs/billing/invoices/credit-notes)
 *
 * @schema `credit_note`
 */
export type CreditNote = {
  /** The integer amount in cents (or local equivalent) representing the total amount of the credit note, including tax. */
  amount: number;
  /** This is the sum of all the shipping amounts. */
  amount_shipping: number;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * ID of the customer.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer: string | Customer | DeletedCustomer;
  /**
   * Customer balance transaction related to this credit note.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer_balance_transaction?: string | CustomerBalanceTransaction | null;
  /** The integer amount in cents (or local equivalent) representing the total amount of discount that was credited. */
  discount_amount: number;
  /** The aggregate amounts calculated per discount for all line items. */
  discount_amounts: DiscountsResourceDiscountAmount[];
  /**
   * The date when this credit note is in effect. Same as `created` unless overwritten. When defined, this value replaces the system-generated 'Date of issue' printed on the credit note PDF.
   *
   * @format unix-time
   */
  effective_at?: number | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * ID of the invoice.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice: string | Invoice;
  /** Line items that make up the credit note */
  lines: {
    /** Details about each object. */
    data: CreditNoteLineItem[];
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
  /**
   * Customer-facing text that appears on the credit note PDF.
   *
   * @maxLength 5000
   */
  memo?: string | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /**
   * A unique number that identifies this particular credit note and appears on the PDF of the credit note and its associated invoice.
   *
   * @maxLength 5000
   */
  number: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "credit_note";
  /** Amount that was credited outside of Stripe. */
  out_of_band_amount?: number | null;
  /**
   * The link to download the PDF of the credit note.
   *
   * @maxLength 5000
   */
  pdf: string;
  /** Reason for issuing this credit note, one of `duplicate`, `fraudulent`, `order_change`, or `product_unsatisfactory` */
  reason?:
    | "duplicate"
    | "fraudulent"
    | "order_change"
    | "product_unsatisfactory"
    | null;
  /**
   * Refund related to this credit note.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  refund?: string | Refund | null;
  /** The details of the cost of shipping, including the ShippingRate applied to the invoice. */
  shipping_cost?: InvoicesShippingCost | null;
  /** Status of this credit note, one of `issued` or `void`. Learn more about [voiding credit notes](https://stripe.com/docs/billing/invoices/credit-notes#voiding). */
  status: "issued" | "void";
  /** The integer amount in cents (or local equivalent) representing the amount of the credit note, excluding exclusive tax and invoice level discounts. */
  subtotal: number;
  /** The integer amount in cents (or local equivalent) representing the amount of the credit note, excluding all tax and invoice level discounts. */
  subtotal_excluding_tax?: number | null;
  /** The aggregate amounts calculated per tax rate for all line items. */
  tax_amounts: CreditNoteTaxAmount[];
  /** The integer amount in cents (or local equivalent) representing the total amount of the credit note, including tax and all discount. */
  total: number;
  /** The integer amount in cents (or local equivalent) representing the total amount of the credit note, excluding tax, but including discounts. */
  total_excluding_tax?: number | null;
  /** Type of this credit note, one of `pre_payment` or `post_payment`. A `pre_payment` credit note means it was issued when the invoice was open. A `post_payment` credit note means it was issued when the invoice was paid. */
  type: "post_payment" | "pre_payment";
  /**
   * The time that the credit note was voided.
   *
   * @format unix-time
   */
  voided_at?: number | null;
};
