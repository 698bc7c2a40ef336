/** @schema `setup_attempt_payment_method_details_klarna` */
export type SetupAttemptPaymentMethodDetailsKlarna = { [key: string]: unknown };
