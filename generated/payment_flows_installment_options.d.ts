import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsInstallmentOptions as Type } from "./types/payment_flows_installment_options.js";

export type { PaymentFlowsInstallmentOptions } from "./types/payment_flows_installment_options.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentFlowsInstallmentOptions };
