/** @schema `payment_intent_payment_method_options_mandate_options_sepa_debit` */
export interface PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit {
  [key: string]: unknown;
}
