import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniLawson as self } from "./types/payment_intent_next_action_konbini_lawson.js";

export type PaymentIntentNextActionKonbiniLawson = self;
export declare const PaymentIntentNextActionKonbiniLawson: SchemaModule<self>;
