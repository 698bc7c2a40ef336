import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionWechatPayRedirectToIosApp as self } from "./types/payment_intent_next_action_wechat_pay_redirect_to_ios_app.js";

export type PaymentIntentNextActionWechatPayRedirectToIosApp = self;
export declare const PaymentIntentNextActionWechatPayRedirectToIosApp: SchemaModule<self>;
