import type { PaymentMethodDetailsCardInstallmentsPlan } from "./payment_method_details_card_installments_plan.js";

/** @schema `payment_method_details_card_installments` */
export interface PaymentMethodDetailsCardInstallments {
  /** Installment plan selected for the payment. */
  plan?: PaymentMethodDetailsCardInstallmentsPlan | null;
}
