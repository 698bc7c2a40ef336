import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit as self } from "./types/setup_intent_payment_method_options_mandate_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit = self;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: SchemaModule<self>;
