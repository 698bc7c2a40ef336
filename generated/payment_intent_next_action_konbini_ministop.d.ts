import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniMinistop as Type } from "./types/payment_intent_next_action_konbini_ministop.js";

export type { PaymentIntentNextActionKonbiniMinistop } from "./types/payment_intent_next_action_konbini_ministop.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionKonbiniMinistop };
