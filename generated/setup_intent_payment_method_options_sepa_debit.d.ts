import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsSepaDebit as Type } from "./types/setup_intent_payment_method_options_sepa_debit.js";

export type { SetupIntentPaymentMethodOptionsSepaDebit } from "./types/setup_intent_payment_method_options_sepa_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentPaymentMethodOptionsSepaDebit };
