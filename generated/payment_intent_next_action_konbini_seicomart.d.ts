import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniSeicomart as self } from "./types/payment_intent_next_action_konbini_seicomart.js";

export type PaymentIntentNextActionKonbiniSeicomart = self;
export declare const PaymentIntentNextActionKonbiniSeicomart: SchemaModule<self>;
