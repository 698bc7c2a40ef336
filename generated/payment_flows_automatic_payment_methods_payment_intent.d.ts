import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsAutomaticPaymentMethodsPaymentIntent as self } from "./types/payment_flows_automatic_payment_methods_payment_intent.js";

export type PaymentFlowsAutomaticPaymentMethodsPaymentIntent = self;
export declare const PaymentFlowsAutomaticPaymentMethodsPaymentIntent: SchemaModule<self>;
