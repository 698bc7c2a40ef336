import type { SetupIntentPaymentMethodOptionsAcssDebit } from "./setup_intent_payment_method_options_acss_debit.js";
import type { SetupIntentPaymentMethodOptionsCard } from "./setup_intent_payment_method_options_card.js";
import type { SetupIntentPaymentMethodOptionsLink } from "./setup_intent_payment_method_options_link.js";
import type { SetupIntentPaymentMethodOptionsPaypal } from "./setup_intent_payment_method_options_paypal.js";
import type { SetupIntentPaymentMethodOptionsSepaDebit } from "./setup_intent_payment_method_options_sepa_debit.js";
import type { SetupIntentPaymentMethodOptionsUsBankAccount } from "./setup_intent_payment_method_options_us_bank_account.js";
import type { SetupIntentTypeSpecificPaymentMethodOptionsClient } from "./setup_intent_type_specific_payment_method_options_client.js";

/** @schema `setup_intent_payment_method_options` */
export type SetupIntentPaymentMethodOptions = {
  acss_debit?:
    | SetupIntentPaymentMethodOptionsAcssDebit
    | SetupIntentTypeSpecificPaymentMethodOptionsClient;
  card?: SetupIntentPaymentMethodOptionsCard;
  link?:
    | SetupIntentPaymentMethodOptionsLink
    | SetupIntentTypeSpecificPaymentMethodOptionsClient;
  paypal?:
    | SetupIntentPaymentMethodOptionsPaypal
    | SetupIntentTypeSpecificPaymentMethodOptionsClient;
  sepa_debit?:
    | SetupIntentPaymentMethodOptionsSepaDebit
    | SetupIntentTypeSpecificPaymentMethodOptionsClient;
  us_bank_account?:
    | SetupIntentPaymentMethodOptionsUsBankAccount
    | SetupIntentTypeSpecificPaymentMethodOptionsClient;
};
