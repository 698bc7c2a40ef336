import type { SchemaModule } from "./runtime/schema.js";
import type { SetupIntentPaymentMethodOptionsCard as Type } from "./types/setup_intent_payment_method_options_card.js";

export type { SetupIntentPaymentMethodOptionsCard } from "./types/setup_intent_payment_method_options_card.js";
declare const schema: SchemaModule<Type>;
export { schema as SetupIntentPaymentMethodOptionsCard };
