import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsAcssDebit as self } from "./types/setup_intent_payment_method_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsAcssDebit = self;
export declare const SetupIntentPaymentMethodOptionsAcssDebit: SchemaModule<self>;
