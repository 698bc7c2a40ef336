/** @schema `setup_attempt_payment_method_details_bacs_debit` */
export type SetupAttemptPaymentMethodDetailsBacsDebit = {
  [key: string]: unknown;
};
