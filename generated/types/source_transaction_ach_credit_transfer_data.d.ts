/** @schema `source_transaction_ach_credit_transfer_data` */
export type SourceTransactionAchCreditTransferData = {
  /**
   * Customer data associated with the transfer.
   *
   * @maxLength 5000
   */
  customer_data?: string;
  /**
   * Bank account fingerprint associated with the transfer.
   *
   * @maxLength 5000
   */
  fingerprint?: string;
  /**
   * Last 4 digits of the account number associated with the transfer.
   *
   * @maxLength 5000
   */
  last4?: string;
  /**
   * Routing number associated with the transfer.
   *
   * @maxLength 5000
   */
  routing_number?: string;
};
