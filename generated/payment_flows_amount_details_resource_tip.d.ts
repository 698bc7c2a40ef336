import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsAmountDetailsResourceTip as self } from "./types/payment_flows_amount_details_resource_tip.js";

export type PaymentFlowsAmountDetailsResourceTip = self;
export declare const PaymentFlowsAmountDetailsResourceTip: SchemaModule<self>;
