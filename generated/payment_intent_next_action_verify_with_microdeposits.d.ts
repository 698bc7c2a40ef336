import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionVerifyWithMicrodeposits as self } from "./types/payment_intent_next_action_verify_with_microdeposits.js";

export type PaymentIntentNextActionVerifyWithMicrodeposits = self;
export declare const PaymentIntentNextActionVerifyWithMicrodeposits: SchemaModule<self>;
