import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniLawson as Type } from "./types/payment_intent_next_action_konbini_lawson.js";

export type PaymentIntentNextActionKonbiniLawson = Type;
export declare const PaymentIntentNextActionKonbiniLawson: SchemaModule<Type>;
