import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionDisplayOxxoDetails as Type } from "./types/payment_intent_next_action_display_oxxo_details.js";

export type PaymentIntentNextActionDisplayOxxoDetails = Type;
export declare const PaymentIntentNextActionDisplayOxxoDetails: SchemaModule<Type>;
