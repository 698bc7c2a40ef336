/** @schema `tax_product_resource_tax_transaction_line_item_resource_reversal` */
export type TaxProductResourceTaxTransactionLineItemResourceReversal = {
  /**
   * The `id` of the line item to reverse in the original transaction.
   *
   * @maxLength 5000
   */
  original_line_item: string;
};
