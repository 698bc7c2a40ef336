/** @schema `setup_attempt_payment_method_details_acss_debit` */
export interface SetupAttemptPaymentMethodDetailsAcssDebit {
  [key: string]: unknown;
}
