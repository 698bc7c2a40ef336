/** @schema `account_bacs_debit_payments_settings` */
export type AccountBacsDebitPaymentsSettings = {
  /**
   * The Bacs Direct Debit Display Name for this account. For payments made with Bacs Direct Debit, this will appear on the mandate, and as the statement descriptor.
   *
   * @maxLength 5000
   */
  display_name?: string;
};
