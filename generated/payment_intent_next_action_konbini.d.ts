import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionKonbini as self } from "./types/payment_intent_next_action_konbini.js";

export type PaymentIntentNextActionKonbini = self;
export declare const PaymentIntentNextActionKonbini: SchemaModule<self>;
