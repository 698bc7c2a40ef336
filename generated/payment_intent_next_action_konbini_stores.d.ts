import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniStores as self } from "./types/payment_intent_next_action_konbini_stores.js";

export type PaymentIntentNextActionKonbiniStores = self;
export declare const PaymentIntentNextActionKonbiniStores: SchemaModule<self>;
