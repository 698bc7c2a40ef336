/** @schema `payment_method_paypal` */
export type PaymentMethodPaypal = {
  /**
   * Owner's email. Values are provided by PayPal directly
   * (if supported) at the time of authorization or settlement. They cannot be set or mutated.
   *
   * @maxLength 5000
   */
  payer_email?: string | null;
  /**
   * PayPal account PayerID. This identifier uniquely identifies the PayPal customer.
   *
   * @maxLength 5000
   */
  payer_id?: string | null;
};
