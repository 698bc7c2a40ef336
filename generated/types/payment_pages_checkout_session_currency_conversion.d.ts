/** @schema `payment_pages_checkout_session_currency_conversion` */
export type PaymentPagesCheckoutSessionCurrencyConversion = {
  /** Total of all items in source currency before discounts or taxes are applied. */
  amount_subtotal: number;
  /** Total of all items in source currency after discounts and taxes are applied. */
  amount_total: number;
  /**
   * Exchange rate used to convert source currency amounts to customer currency amounts
   *
   * @format decimal
   */
  fx_rate: string;
  /**
   * Creation currency of the CheckoutSession before localization
   *
   * @maxLength 5000
   */
  source_currency: string;
};
