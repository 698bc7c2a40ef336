import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodWechatPay as self } from "./types/payment_method_wechat_pay.js";

export type PaymentMethodWechatPay = self;
export declare const PaymentMethodWechatPay: SchemaModule<self>;
