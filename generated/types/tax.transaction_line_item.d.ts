import type { TaxProductResourceTaxTransactionLineItemResourceReversal } from "./tax_product_resource_tax_transaction_line_item_resource_reversal.js";

/** @schema `tax.transaction_line_item` */
export type TaxTransactionLineItem = {
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
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "tax.transaction_line_item";
  /**
   * The ID of an existing [Product](https://stripe.com/docs/api/products/object).
   *
   * @maxLength 5000
   */
  product?: string | null;
  /** The number of units of the item being purchased. For reversals, this is the quantity reversed. */
  quantity: number;
  /**
   * A custom identifier for this line item in the transaction.
   *
   * @maxLength 5000
   */
  reference: string;
  /** If `type=reversal`, contains information about what was reversed. */
  reversal?: TaxProductResourceTaxTransactionLineItemResourceReversal | null;
  /** Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes. */
  tax_behavior: "exclusive" | "inclusive";
  /**
   * The [tax code](https://stripe.com/docs/tax/tax-categories) ID used for this resource.
   *
   * @maxLength 5000
   */
  tax_code: string;
  /** If `reversal`, this line item reverses an earlier transaction. */
  type: "reversal" | "transaction";
};
