import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsAlipay as Type } from "./types/payment_method_options_alipay.js";

export type PaymentMethodOptionsAlipay = Type;
export declare const PaymentMethodOptionsAlipay: SchemaModule<Type>;
