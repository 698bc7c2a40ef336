/** @schema `outbound_payments_payment_method_details_financial_account` */
export type OutboundPaymentsPaymentMethodDetailsFinancialAccount = {
  /**
   * Token of the FinancialAccount.
   *
   * @maxLength 5000
   */
  id: string;
  /** The rails used to send funds. */
  network: "stripe";
};
