import type { PaymentMethodDetailsCardInstallmentsPlan } from "./payment_method_details_card_installments_plan.js";

/** @schema `payment_method_options_card_installments` */
export type PaymentMethodOptionsCardInstallments = {
  /** Installment plans that may be selected for this PaymentIntent. */
  available_plans?: PaymentMethodDetailsCardInstallmentsPlan[] | null;
  /** Whether Installments are enabled for this PaymentIntent. */
  enabled: boolean;
  /** Installment plan selected for this PaymentIntent. */
  plan?: PaymentMethodDetailsCardInstallmentsPlan | null;
};
