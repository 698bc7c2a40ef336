/** @schema `issuing_transaction_amount_details` */
export type IssuingTransactionAmountDetails = {
  /** The fee charged by the ATM for the cash withdrawal. */
  atm_fee?: number | null;
  /** The amount of cash requested by the cardholder. */
  cashback_amount?: number | null;
};
