import type { LinkedAccountOptionsUsBankAccount } from "./linked_account_options_us_bank_account.js";

/** @schema `setup_intent_payment_method_options_us_bank_account` */
export type SetupIntentPaymentMethodOptionsUsBankAccount = {
  financial_connections?: LinkedAccountOptionsUsBankAccount;
  /** Bank account verification method. */
  verification_method?:
    "automatic" | "instant" | "microdeposits" | (string & {});
};
