import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentIntentNextActionWechatPayRedirectToIosApp as Type } from "./types/payment_intent_next_action_wechat_pay_redirect_to_ios_app.js";

export type PaymentIntentNextActionWechatPayRedirectToIosApp = Type;
export declare const PaymentIntentNextActionWechatPayRedirectToIosApp: SchemaModule<Type>;
