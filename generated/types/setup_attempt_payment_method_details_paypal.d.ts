/** @schema `setup_attempt_payment_method_details_paypal` */
export type SetupAttemptPaymentMethodDetailsPaypal = { [key: string]: unknown };
