import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniFamilymart as self } from "./types/payment_intent_next_action_konbini_familymart.js";

export type PaymentIntentNextActionKonbiniFamilymart = self;
export declare const PaymentIntentNextActionKonbiniFamilymart: SchemaModule<self>;
