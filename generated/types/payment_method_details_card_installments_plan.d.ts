/** @schema `payment_method_details_card_installments_plan` */
export type PaymentMethodDetailsCardInstallmentsPlan = {
  /** For `fixed_count` installment plans, this is the number of installment payments your customer will make to their credit card. */
  count?: number | null;
  /**
   * For `fixed_count` installment plans, this is the interval between installment payments your customer will make to their credit card.
   * One of `month`.
   */
  interval?: "month" | null;
  /** Type of installment plan, one of `fixed_count`. */
  type: "fixed_count";
};
