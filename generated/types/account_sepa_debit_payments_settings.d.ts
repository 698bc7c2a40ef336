/** @schema `account_sepa_debit_payments_settings` */
export type AccountSepaDebitPaymentsSettings = {
  /**
   * SEPA creditor identifier that identifies the company making the payment.
   *
   * @maxLength 5000
   */
  creditor_id?: string;
};
