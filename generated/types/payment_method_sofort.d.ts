/** @schema `payment_method_sofort` */
export type PaymentMethodSofort = {
  /**
   * Two-letter ISO code representing the country the bank account is located in.
   *
   * @maxLength 5000
   */
  country?: string | null;
};
