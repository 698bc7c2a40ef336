import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsAutomaticPaymentMethodsSetupIntent as Type } from "./types/payment_flows_automatic_payment_methods_setup_intent.js";

export type { PaymentFlowsAutomaticPaymentMethodsSetupIntent } from "./types/payment_flows_automatic_payment_methods_setup_intent.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentFlowsAutomaticPaymentMethodsSetupIntent };
