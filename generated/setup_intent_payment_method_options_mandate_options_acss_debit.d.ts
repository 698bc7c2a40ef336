import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit as Type } from "./types/setup_intent_payment_method_options_mandate_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit = Type;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: SchemaModule<Type>;
