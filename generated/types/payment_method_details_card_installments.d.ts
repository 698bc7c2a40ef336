import type { PaymentMethodDetailsCardInstallmentsPlan } from "./payment_method_details_card_installments_plan.js";

/** @schema `payment_method_details_card_installments` */
export type PaymentMethodDetailsCardInstallments = {
  /** Installment plan selected for the payment. */
  plan?: PaymentMethodDetailsCardInstallmentsPlan | null;
};
