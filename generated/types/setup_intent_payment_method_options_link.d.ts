/** @schema `setup_intent_payment_method_options_link` */
export interface SetupIntentPaymentMethodOptionsLink {
  [key: string]: unknown;
}
