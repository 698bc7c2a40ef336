/** @schema `payment_method_link` */
export type PaymentMethodLink = {
  /**
   * Account owner's email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
};
