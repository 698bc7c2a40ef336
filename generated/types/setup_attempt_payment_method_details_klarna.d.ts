/** @schema `setup_attempt_payment_method_details_klarna` */
export interface SetupAttemptPaymentMethodDetailsKlarna {
  [key: string]: unknown;
}
