import type { CreditNoteTaxAmount } from "./credit_note_tax_amount.js";
import type { DiscountsResourceDiscountAmount } from "./discounts_resource_discount_amount.js";
import type { TaxRate } from "./tax_rate.js";

/**
 * The credit note line item object
 *
 * @schema `credit_note_line_item`
 */
export type CreditNoteLineItem = {
  /** The integer amount in cents (or local equivalent) representing the gross amount being credited for this line item, excluding (exclusive) tax and discounts. */
  amount: number;
  /** The integer amount in cents (or local equivalent) representing the amount being credited for this line item, excluding all tax and discounts. */
  amount_excluding_tax?: number | null;
  /**
   * Description of the item being credited.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** The integer amount in cents (or local equivalent) representing the discount being credited for this line item. */
  discount_amount: number;
  /** The amount of discount calculated per discount for this line item */
  discount_amounts: DiscountsResourceDiscountAmount[];
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * ID of the invoice line item being credited
   *
   * @maxLength 5000
   */
  invoice_line_item?: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "credit_note_line_item";
  /** The number of units of product being credited. */
  quantity?: number | null;
  /** The amount of tax calculated per tax rate for this line item */
  tax_amounts: CreditNoteTaxAmount[];
  /** The tax rates which apply to the line item. */
  tax_rates: TaxRate[];
  /** The type of the credit note line item, one of `invoice_line_item` or `custom_line_item`. When the type is `invoice_line_item` there is an additional `invoice_line_item` property on the resource the value of which is the id of the credited line item on the invoice. */
  type: "custom_line_item" | "invoice_line_item";
  /** The cost of each unit of product being credited. */
  unit_amount?: number | null;
  /**
   * Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
   *
   * @format decimal
   */
  unit_amount_decimal?: string | null;
  /**
   * The amount in cents (or local equivalent) representing the unit amount being credited for this line item, excluding all tax and discounts.
   *
   * @format decimal
   */
  unit_amount_excluding_tax?: string | null;
};
