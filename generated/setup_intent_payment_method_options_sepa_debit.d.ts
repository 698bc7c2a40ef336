import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsSepaDebit as self } from "./types/setup_intent_payment_method_options_sepa_debit.js";

export type SetupIntentPaymentMethodOptionsSepaDebit = self;
export declare const SetupIntentPaymentMethodOptionsSepaDebit: SchemaModule<self>;
