import type { SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit } from "./setup_intent_payment_method_options_mandate_options_acss_debit.js";

/** @schema `setup_intent_payment_method_options_acss_debit` */
export type SetupIntentPaymentMethodOptionsAcssDebit = {
  /** Currency supported by the bank account */
  currency?: "cad" | "usd" | null;
  mandate_options?: SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit;
  /** Bank account verification method. */
  verification_method?:
    "automatic" | "instant" | "microdeposits" | (string & {});
};
