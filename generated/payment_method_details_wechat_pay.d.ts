import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsWechatPay as Type } from "./types/payment_method_details_wechat_pay.js";

export type PaymentMethodDetailsWechatPay = Type;
export declare const PaymentMethodDetailsWechatPay: SchemaModule<Type>;
