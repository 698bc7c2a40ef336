/** @schema `setup_attempt_payment_method_details_sepa_debit` */
export type SetupAttemptPaymentMethodDetailsSepaDebit = {
  [key: string]: unknown;
};
