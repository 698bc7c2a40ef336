import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsAcssDebit as Type } from "./types/setup_intent_payment_method_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsAcssDebit = Type;
export declare const SetupIntentPaymentMethodOptionsAcssDebit: SchemaModule<Type>;
