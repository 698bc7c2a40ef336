import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsAmountDetails as Type } from "./types/payment_flows_amount_details.js";

export type PaymentFlowsAmountDetails = Type;
export declare const PaymentFlowsAmountDetails: SchemaModule<Type>;
