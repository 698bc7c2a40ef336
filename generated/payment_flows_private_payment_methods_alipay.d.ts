import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipay as Type } from "./types/payment_flows_private_payment_methods_alipay.js";

export type PaymentFlowsPrivatePaymentMethodsAlipay = Type;
export declare const PaymentFlowsPrivatePaymentMethodsAlipay: SchemaModule<Type>;
