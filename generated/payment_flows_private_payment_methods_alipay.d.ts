import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipay as self } from "./types/payment_flows_private_payment_methods_alipay.js";

export type PaymentFlowsPrivatePaymentMethodsAlipay = self;
export declare const PaymentFlowsPrivatePaymentMethodsAlipay: SchemaModule<self>;
