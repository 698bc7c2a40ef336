/** @schema `setup_intent_payment_method_options_mandate_options_sepa_debit` */
export type SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit = {
  [key: string]: unknown;
};
