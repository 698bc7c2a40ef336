/** @schema `tax_product_resource_tax_transaction_resource_reversal` */
export type TaxProductResourceTaxTransactionResourceReversal = {
  /**
   * The `id` of the reversed `Transaction` object.
   *
   * @maxLength 5000
   */
  original_transaction?: string | null;
};
