/** @schema `setup_intent_payment_method_options_link` */
export type SetupIntentPaymentMethodOptionsLink = { [key: string]: unknown };
