import type { SchemaModule } from "./runtime/api.js";
import type { PaymentFlowsAmountDetails as self } from "./types/payment_flows_amount_details.js";

export type PaymentFlowsAmountDetails = self;
export declare const PaymentFlowsAmountDetails: SchemaModule<self>;
