/** @schema `payment_method_details_multibanco` */
export type PaymentMethodDetailsMultibanco = {
  /**
   * Entity number associated with this Multibanco payment.
   *
   * @maxLength 5000
   */
  entity?: string | null;
  /**
   * Reference number associated with this Multibanco payment.
   *
   * @maxLength 5000
   */
  reference?: string | null;
};
