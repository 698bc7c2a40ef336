import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionAlipayHandleRedirect as Type } from "./types/payment_intent_next_action_alipay_handle_redirect.js";

export type { PaymentIntentNextActionAlipayHandleRedirect } from "./types/payment_intent_next_action_alipay_handle_redirect.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionAlipayHandleRedirect };
