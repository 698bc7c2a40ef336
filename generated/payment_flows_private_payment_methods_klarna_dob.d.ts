import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsPrivatePaymentMethodsKlarnaDob as self } from "./types/payment_flows_private_payment_methods_klarna_dob.js";

export type PaymentFlowsPrivatePaymentMethodsKlarnaDob = self;
export declare const PaymentFlowsPrivatePaymentMethodsKlarnaDob: SchemaModule<self>;
