import type { PaymentFlowsAmountDetailsResourceTip } from "./payment_flows_amount_details_resource_tip.js";

/** @see Spec schema `payment_flows_amount_details` */
export interface PaymentFlowsAmountDetails {
  tip?: PaymentFlowsAmountDetailsResourceTip;
}
