import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionVerifyWithMicrodeposits as Type } from "./types/payment_intent_next_action_verify_with_microdeposits.js";

export type { PaymentIntentNextActionVerifyWithMicrodeposits } from "./types/payment_intent_next_action_verify_with_microdeposits.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionVerifyWithMicrodeposits };
