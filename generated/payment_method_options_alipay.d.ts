import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsAlipay as self } from "./types/payment_method_options_alipay.js";

export type PaymentMethodOptionsAlipay = self;
export declare const PaymentMethodOptionsAlipay: SchemaModule<self>;
