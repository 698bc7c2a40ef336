import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionKonbiniSeicomart as Type } from "./types/payment_intent_next_action_konbini_seicomart.js";

export type PaymentIntentNextActionKonbiniSeicomart = Type;
export declare const PaymentIntentNextActionKonbiniSeicomart: SchemaModule<Type>;
