import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsAutomaticPaymentMethodsPaymentIntent as Type } from "./types/payment_flows_automatic_payment_methods_payment_intent.js";

export type { PaymentFlowsAutomaticPaymentMethodsPaymentIntent } from "./types/payment_flows_automatic_payment_methods_payment_intent.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentFlowsAutomaticPaymentMethodsPaymentIntent };
