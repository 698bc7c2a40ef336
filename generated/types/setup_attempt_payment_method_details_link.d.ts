/** @schema `setup_attempt_payment_method_details_link` */
export interface SetupAttemptPaymentMethodDetailsLink {
  [key: string]: unknown;
}
