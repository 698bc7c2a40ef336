import type { PaymentFlowsAmountDetailsResourceTip } from "./payment_flows_amount_details_resource_tip.js";

/** @schema `payment_flows_amount_details` */
export interface PaymentFlowsAmountDetails {
  tip?: PaymentFlowsAmountDetailsResourceTip;
}
