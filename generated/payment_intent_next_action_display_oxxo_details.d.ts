import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionDisplayOxxoDetails as self } from "./types/payment_intent_next_action_display_oxxo_details.js";

export type PaymentIntentNextActionDisplayOxxoDetails = self;
export declare const PaymentIntentNextActionDisplayOxxoDetails: SchemaModule<self>;
