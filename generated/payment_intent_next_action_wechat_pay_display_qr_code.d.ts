import type { SchemaModule } from "./runtime/api.js";
import type { PaymentIntentNextActionWechatPayDisplayQrCode as self } from "./types/payment_intent_next_action_wechat_pay_display_qr_code.js";

export type PaymentIntentNextActionWechatPayDisplayQrCode = self;
export declare const PaymentIntentNextActionWechatPayDisplayQrCode: SchemaModule<self>;
