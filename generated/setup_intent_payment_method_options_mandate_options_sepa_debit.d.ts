import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit as Type } from "./types/setup_intent_payment_method_options_mandate_options_sepa_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit = Type;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit: SchemaModule<Type>;
