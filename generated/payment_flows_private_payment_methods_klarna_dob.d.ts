import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsPrivatePaymentMethodsKlarnaDob as Type } from "./types/payment_flows_private_payment_methods_klarna_dob.js";

export type PaymentFlowsPrivatePaymentMethodsKlarnaDob = Type;
export declare const PaymentFlowsPrivatePaymentMethodsKlarnaDob: SchemaModule<Type>;
