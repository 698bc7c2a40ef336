import type { TaxProductResourceLineItemTaxBreakdown } from "./tax_product_resource_line_item_tax_breakdown.js";

/** @schema `tax.calculation_line_item` */
export type TaxCalculationLineItem = {
  /** The line item amount in integer cents. If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes were calculated on top of this amount. */
  amount: number;
  /** The amount of tax calculated for this line item, in integer cents. */
  amount_tax: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "tax.calculation_line_item";
  /**
   * The ID of an existing [Product](https://stripe.com/docs/api/products/object).
   *
   * @maxLength 5000
   */
  product?: string | null;
  /** The number of units of the item being purchased. For reversals, this is the quantity reversed. */
  quantity: number;
  /**
   * A custom identifier for this line item.
   *
   * @maxLength 5000
   */
  reference?: string | null;
  /** Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes. */
  tax_behavior: "exclusive" | "inclusive";
  /** Detailed account of taxes relevant to this line item. */
  tax_breakdown?: TaxProductResourceLineItemTaxBreakdown[] | null;
  /**
   * The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for this resource.
   *
   * @maxLength 5000
   */
  tax_code: string;
};
