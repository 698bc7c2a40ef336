/** @schema `payment_flows_amount_details_resource_tip` */
export type PaymentFlowsAmountDetailsResourceTip = {
  /** Portion of the amount that corresponds to a tip. */
  amount?: number;
};
