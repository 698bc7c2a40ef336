/** @schema `setup_attempt_payment_method_details_acss_debit` */
export type SetupAttemptPaymentMethodDetailsAcssDebit = {
  [key: string]: unknown;
};
