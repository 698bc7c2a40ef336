import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionWechatPayDisplayQrCode as Type } from "./types/payment_intent_next_action_wechat_pay_display_qr_code.js";

export type { PaymentIntentNextActionWechatPayDisplayQrCode } from "./types/payment_intent_next_action_wechat_pay_display_qr_code.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionWechatPayDisplayQrCode };
