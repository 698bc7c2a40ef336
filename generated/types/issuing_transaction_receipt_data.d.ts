/** @schema `issuing_transaction_receipt_data` */
export type IssuingTransactionReceiptData = {
  /**
   * The description of the item. The maximum length of this field is 26 characters.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** The quantity of the item. */
  quantity?: number | null;
  /** The total for this line item in cents. */
  total?: number | null;
  /** The unit cost of the item in cents. */
  unit_cost?: number | null;
};
