/** @schema `payment_method_details_oxxo` */
export type PaymentMethodDetailsOxxo = {
  /**
   * OXXO reference number
   *
   * @maxLength 5000
   */
  number?: string | null;
};
