import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsWechatPay as self } from "./types/payment_method_details_wechat_pay.js";

export type PaymentMethodDetailsWechatPay = self;
export declare const PaymentMethodDetailsWechatPay: SchemaModule<self>;
