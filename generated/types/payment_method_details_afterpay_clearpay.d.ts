/** @schema `payment_method_details_afterpay_clearpay` */
export type PaymentMethodDetailsAfterpayClearpay = {
  /**
   * The Afterpay order ID associated with this payment intent.
   *
   * @maxLength 5000
   */
  order_id?: string | null;
  /**
   * Order identifier shown to the merchant in Afterpay’s online portal.
   *
   * @maxLength 5000
   */
  reference?: string | null;
};
