import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsWechatPay as Type } from "./types/payment_method_options_wechat_pay.js";

export type PaymentMethodOptionsWechatPay = Type;
export declare const PaymentMethodOptionsWechatPay: SchemaModule<Type>;
