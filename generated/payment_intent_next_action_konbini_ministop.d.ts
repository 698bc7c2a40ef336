import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniMinistop as Type } from "./types/payment_intent_next_action_konbini_ministop.js";

export type PaymentIntentNextActionKonbiniMinistop = Type;
export declare const PaymentIntentNextActionKonbiniMinistop: SchemaModule<Type>;
