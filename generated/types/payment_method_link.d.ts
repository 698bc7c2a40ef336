/** @schema `payment_method_link` */
export interface PaymentMethodLink {
  /**
   * Account owner's email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
}
