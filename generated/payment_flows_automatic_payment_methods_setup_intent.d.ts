import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsAutomaticPaymentMethodsSetupIntent as Type } from "./types/payment_flows_automatic_payment_methods_setup_intent.js";

export type PaymentFlowsAutomaticPaymentMethodsSetupIntent = Type;
export declare const PaymentFlowsAutomaticPaymentMethodsSetupIntent: SchemaModule<Type>;
