/** @schema `setup_attempt_payment_method_details_bacs_debit` */
export interface SetupAttemptPaymentMethodDetailsBacsDebit {
  [key: string]: unknown;
}
