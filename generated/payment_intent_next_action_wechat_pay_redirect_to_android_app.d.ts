import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionWechatPayRedirectToAndroidApp as Type } from "./types/payment_intent_next_action_wechat_pay_redirect_to_android_app.js";

export type { PaymentIntentNextActionWechatPayRedirectToAndroidApp } from "./types/payment_intent_next_action_wechat_pay_redirect_to_android_app.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentIntentNextActionWechatPayRedirectToAndroidApp };
