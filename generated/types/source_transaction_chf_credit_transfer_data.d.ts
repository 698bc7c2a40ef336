/** @schema `source_transaction_chf_credit_transfer_data` */
export type SourceTransactionChfCreditTransferData = {
  /**
   * Reference associated with the transfer.
   *
   * @maxLength 5000
   */
  reference?: string;
  /**
   * Sender's country address.
   *
   * @maxLength 5000
   */
  sender_address_country?: string;
  /**
   * Sender's line 1 address.
   *
   * @maxLength 5000
   */
  sender_address_line1?: string;
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
