import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionWechatPayRedirectToAndroidApp as Type } from "./types/payment_intent_next_action_wechat_pay_redirect_to_android_app.js";

export type PaymentIntentNextActionWechatPayRedirectToAndroidApp = Type;
export declare const PaymentIntentNextActionWechatPayRedirectToAndroidApp: SchemaModule<Type>;
