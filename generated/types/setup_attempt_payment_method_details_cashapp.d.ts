/** @schema `setup_attempt_payment_method_details_cashapp` */
export interface SetupAttemptPaymentMethodDetailsCashapp {
  [key: string]: unknown;
}
