import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionAlipayHandleRedirect as self } from "./types/payment_intent_next_action_alipay_handle_redirect.js";

export type PaymentIntentNextActionAlipayHandleRedirect = self;
export declare const PaymentIntentNextActionAlipayHandleRedirect: SchemaModule<self>;
