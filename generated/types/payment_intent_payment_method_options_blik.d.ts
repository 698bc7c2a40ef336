/** @schema `payment_intent_payment_method_options_blik` */
export type PaymentIntentPaymentMethodOptionsBlik = { [key: string]: unknown };
