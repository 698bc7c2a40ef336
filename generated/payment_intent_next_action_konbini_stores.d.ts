import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniStores as Type } from "./types/payment_intent_next_action_konbini_stores.js";

export type PaymentIntentNextActionKonbiniStores = Type;
export declare const PaymentIntentNextActionKonbiniStores: SchemaModule<Type>;
