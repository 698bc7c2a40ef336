import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextAction as Type } from "./types/payment_intent_next_action.js";

export type PaymentIntentNextAction = Type;
export declare const PaymentIntentNextAction: SchemaModule<Type>;
