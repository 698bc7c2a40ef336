import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptions as Type } from "./types/setup_intent_payment_method_options.js";

export type { SetupIntentPaymentMethodOptions } from "./types/setup_intent_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentPaymentMethodOptions };
