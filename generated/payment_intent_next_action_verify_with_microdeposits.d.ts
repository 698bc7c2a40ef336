import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionVerifyWithMicrodeposits as Type } from "./types/payment_intent_next_action_verify_with_microdeposits.js";

export type PaymentIntentNextActionVerifyWithMicrodeposits = Type;
export declare const PaymentIntentNextActionVerifyWithMicrodeposits: SchemaModule<Type>;
