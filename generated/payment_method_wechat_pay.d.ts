import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodWechatPay as Type } from "./types/payment_method_wechat_pay.js";

export type PaymentMethodWechatPay = Type;
export declare const PaymentMethodWechatPay: SchemaModule<Type>;
