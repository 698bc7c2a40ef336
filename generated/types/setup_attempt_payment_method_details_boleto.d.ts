/** @schema `setup_attempt_payment_method_details_boleto` */
export interface SetupAttemptPaymentMethodDetailsBoleto {
  [key: string]: unknown;
}
