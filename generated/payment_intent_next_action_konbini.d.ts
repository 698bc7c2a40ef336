import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbini as Type } from "./types/payment_intent_next_action_konbini.js";

export type PaymentIntentNextActionKonbini = Type;
export declare const PaymentIntentNextActionKonbini: SchemaModule<Type>;
