/** @schema `setup_intent_payment_method_options_mandate_options_sepa_debit` */
export interface SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit {
  [key: string]: unknown;
}
