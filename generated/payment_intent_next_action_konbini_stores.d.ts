import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniStores as Type } from "./types/payment_intent_next_action_konbini_stores.js";

export type { PaymentIntentNextActionKonbiniStores } from "./types/payment_intent_next_action_konbini_stores.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionKonbiniStores };
