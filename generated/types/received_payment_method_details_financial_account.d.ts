/** @schema `received_payment_method_details_financial_account` */
export type ReceivedPaymentMethodDetailsFinancialAccount = {
  /**
   * The FinancialAccount ID.
   *
   * @maxLength 5000
   */
  id: string;
  /** The rails the ReceivedCredit was sent over. A FinancialAccount can only send funds over `stripe`. */
  network: "stripe";
};
