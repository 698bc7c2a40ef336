import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniMinistop as self } from "./types/payment_intent_next_action_konbini_ministop.js";

export type PaymentIntentNextActionKonbiniMinistop = self;
export declare const PaymentIntentNextActionKonbiniMinistop: SchemaModule<self>;
