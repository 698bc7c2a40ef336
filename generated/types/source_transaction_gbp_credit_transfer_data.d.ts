/** @schema `source_transaction_gbp_credit_transfer_data` */
export type SourceTransactionGbpCreditTransferData = {
  /**
   * Bank account fingerprint associated with the Stripe owned bank account receiving the transfer.
   *
   * @maxLength 5000
   */
  fingerprint?: string;
  /**
   * The credit transfer rails the sender used to push this transfer. The possible rails are: Faster Payments, BACS, CHAPS, and wire transfers. Currently only Faster Payments is supported.
   *
   * @maxLength 5000
   */
  funding_method?: string;
  /**
   * Last 4 digits of sender account number associated with the transfer.
   *
   * @maxLength 5000
   */
  last4?: string;
  /**
   * Sender entered arbitrary information about the transfer.
   *
   * @maxLength 5000
   */
  reference?: string;
  /**
   * Sender account number associated with the transfer.
   *
   * @maxLength 5000
   */
  sender_account_number?: string;
  /**
   * Sender name associated with the transfer.
   *
   * @maxLength 5000
   */
  sender_name?: string;
  /**
   * Sender sort code associated with the transfer.
   *
   * @maxLength 5000
   */
  sender_sort_code?: string;
};
