import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipayDetails as self } from "./types/payment_flows_private_payment_methods_alipay_details.js";

export type PaymentFlowsPrivatePaymentMethodsAlipayDetails = self;
export declare const PaymentFlowsPrivatePaymentMethodsAlipayDetails: SchemaModule<self>;
