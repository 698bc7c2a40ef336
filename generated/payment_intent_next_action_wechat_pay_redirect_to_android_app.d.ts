import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionWechatPayRedirectToAndroidApp as self } from "./types/payment_intent_next_action_wechat_pay_redirect_to_android_app.js";

export type PaymentIntentNextActionWechatPayRedirectToAndroidApp = self;
export declare const PaymentIntentNextActionWechatPayRedirectToAndroidApp: SchemaModule<self>;
