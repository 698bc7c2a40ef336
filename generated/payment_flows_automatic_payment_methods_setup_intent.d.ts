import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsAutomaticPaymentMethodsSetupIntent as self } from "./types/payment_flows_automatic_payment_methods_setup_intent.js";

export type PaymentFlowsAutomaticPaymentMethodsSetupIntent = self;
export declare const PaymentFlowsAutomaticPaymentMethodsSetupIntent: SchemaModule<self>;
