import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsSepaDebit as Type } from "./types/setup_intent_payment_method_options_sepa_debit.js";

export type SetupIntentPaymentMethodOptionsSepaDebit = Type;
export declare const SetupIntentPaymentMethodOptionsSepaDebit: SchemaModule<Type>;
