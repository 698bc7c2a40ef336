/** @schema `setup_attempt_payment_method_details_cashapp` */
export type SetupAttemptPaymentMethodDetailsCashapp = {
  [key: string]: unknown;
};
