/** @schema `payment_flows_private_payment_methods_alipay_details` */
export type PaymentFlowsPrivatePaymentMethodsAlipayDetails = {
  /**
   * Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same.
   *
   * @maxLength 5000
   */
  buyer_id?: string;
  /**
   * Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Transaction ID of this particular Alipay transaction.
   *
   * @maxLength 5000
   */
  transaction_id?: string | null;
};
