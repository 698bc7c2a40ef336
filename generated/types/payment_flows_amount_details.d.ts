import type { PaymentFlowsAmountDetailsResourceTip } from "./payment_flows_amount_details_resource_tip.js";

/** @schema `payment_flows_amount_details` */
export type PaymentFlowsAmountDetails = {
  tip?: PaymentFlowsAmountDetailsResourceTip;
};
