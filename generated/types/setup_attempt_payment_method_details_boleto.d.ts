/** @schema `setup_attempt_payment_method_details_boleto` */
export type SetupAttemptPaymentMethodDetailsBoleto = { [key: string]: unknown };
