import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipayDetails as Type } from "./types/payment_flows_private_payment_methods_alipay_details.js";

export type PaymentFlowsPrivatePaymentMethodsAlipayDetails = Type;
export declare const PaymentFlowsPrivatePaymentMethodsAlipayDetails: SchemaModule<Type>;
