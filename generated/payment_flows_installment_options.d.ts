import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsInstallmentOptions as self } from "./types/payment_flows_installment_options.js";

export type PaymentFlowsInstallmentOptions = self;
export declare const PaymentFlowsInstallmentOptions: SchemaModule<self>;
