/** @schema `setup_attempt_payment_method_details_link` */
export type SetupAttemptPaymentMethodDetailsLink = { [key: string]: unknown };
