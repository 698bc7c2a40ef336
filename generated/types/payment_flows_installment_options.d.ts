import type { PaymentMethodDetailsCardInstallmentsPlan } from "./payment_method_details_card_installments_plan.js";

/** @schema `payment_flows_installment_options` */
export type PaymentFlowsInstallmentOptions = {
  enabled: boolean;
  plan?: PaymentMethodDetailsCardInstallmentsPlan;
};
