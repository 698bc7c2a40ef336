import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextAction as self } from "./types/payment_intent_next_action.js";

export type PaymentIntentNextAction = self;
export declare const PaymentIntentNextAction: SchemaModule<self>;
