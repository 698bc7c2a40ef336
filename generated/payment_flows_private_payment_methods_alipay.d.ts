import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipay as Type } from "./types/payment_flows_private_payment_methods_alipay.js";

export type { PaymentFlowsPrivatePaymentMethodsAlipay } from "./types/payment_flows_private_payment_methods_alipay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentFlowsPrivatePaymentMethodsAlipay };
