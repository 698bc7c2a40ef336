/** @schema `setup_attempt_payment_method_details_paypal` */
export interface SetupAttemptPaymentMethodDetailsPaypal {
  [key: string]: unknown;
}
