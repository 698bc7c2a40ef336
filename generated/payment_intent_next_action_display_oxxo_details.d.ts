import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionDisplayOxxoDetails as Type } from "./types/payment_intent_next_action_display_oxxo_details.js";

export type { PaymentIntentNextActionDisplayOxxoDetails } from "./types/payment_intent_next_action_display_oxxo_details.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionDisplayOxxoDetails };
