import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsAmountDetails as Type } from "./types/payment_flows_amount_details.js";

export type { PaymentFlowsAmountDetails } from "./types/payment_flows_amount_details.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentFlowsAmountDetails };
