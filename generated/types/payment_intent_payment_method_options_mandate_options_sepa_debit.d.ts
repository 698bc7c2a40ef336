/** @schema `payment_intent_payment_method_options_mandate_options_sepa_debit` */
export type PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit = {
  [key: string]: unknown;
};
