import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsWechatPay as self } from "./types/payment_method_options_wechat_pay.js";

export type PaymentMethodOptionsWechatPay = self;
export declare const PaymentMethodOptionsWechatPay: SchemaModule<self>;
