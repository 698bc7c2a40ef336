import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentFlowsAmountDetailsResourceTip as Type } from "./types/payment_flows_amount_details_resource_tip.js";

export type PaymentFlowsAmountDetailsResourceTip = Type;
export declare const PaymentFlowsAmountDetailsResourceTip: SchemaModule<Type>;
