/** @schema `payment_intent_payment_method_options_blik` */
export interface PaymentIntentPaymentMethodOptionsBlik {
  [key: string]: unknown;
}
