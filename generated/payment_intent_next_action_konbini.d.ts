import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbini as Type } from "./types/payment_intent_next_action_konbini.js";

export type { PaymentIntentNextActionKonbini } from "./types/payment_intent_next_action_konbini.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionKonbini };
