/** @schema `source_transaction_sepa_credit_transfer_data` */
export type SourceTransactionSepaCreditTransferData = {
  /**
   * Reference associated with the transfer.
   *
   * @maxLength 5000
   */
  reference?: string;
  /**
   * Sender's bank account IBAN.
   *
   * @maxLength 5000
   */
  sender_iban?: string;
  /**
   * Sender's name.
   *
   * @maxLength 5000
   */
  sender_name?: string;
};
