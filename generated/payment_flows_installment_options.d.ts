import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsInstallmentOptions as Type } from "./types/payment_flows_installment_options.js";

export type PaymentFlowsInstallmentOptions = Type;
export declare const PaymentFlowsInstallmentOptions: SchemaModule<Type>;
