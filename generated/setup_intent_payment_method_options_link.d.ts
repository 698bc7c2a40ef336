import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsLink as Type } from "./types/setup_intent_payment_method_options_link.js";

export type { SetupIntentPaymentMethodOptionsLink } from "./types/setup_intent_payment_method_options_link.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentPaymentMethodOptionsLink };
