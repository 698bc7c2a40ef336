import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit as self } from "./types/setup_intent_payment_method_options_mandate_options_sepa_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit = self;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit: SchemaModule<self>;
