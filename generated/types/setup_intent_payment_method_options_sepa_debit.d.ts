import type { SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit } from "./setup_intent_payment_method_options_mandate_options_sepa_debit.js";

/** @schema `setup_intent_payment_method_options_sepa_debit` */
export type SetupIntentPaymentMethodOptionsSepaDebit = {
  mandate_options?: SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit;
};
