/** @schema `setup_attempt_payment_method_details_sepa_debit` */
export interface SetupAttemptPaymentMethodDetailsSepaDebit {
  [key: string]: unknown;
}
