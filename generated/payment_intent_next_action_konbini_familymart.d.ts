import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniFamilymart as Type } from "./types/payment_intent_next_action_konbini_familymart.js";

export type PaymentIntentNextActionKonbiniFamilymart = Type;
export declare const PaymentIntentNextActionKonbiniFamilymart: SchemaModule<Type>;
