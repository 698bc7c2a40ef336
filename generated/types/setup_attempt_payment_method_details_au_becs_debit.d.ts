/** @schema `setup_attempt_payment_method_details_au_becs_debit` */
export type SetupAttemptPaymentMethodDetailsAuBecsDebit = {
  [key: string]: unknown;
};
