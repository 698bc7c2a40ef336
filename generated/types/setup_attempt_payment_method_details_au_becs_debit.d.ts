/** @schema `setup_attempt_payment_method_details_au_becs_debit` */
export interface SetupAttemptPaymentMethodDetailsAuBecsDebit {
  [key: string]: unknown;
}
