/** @schema `issuing_transaction_lodging_data` */
export type IssuingTransactionLodgingData = {
  /** The time of checking into the lodging. */
  check_in_at?: number | null;
  /** The number of nights stayed at the lodging. */
  nights?: number | null;
};
