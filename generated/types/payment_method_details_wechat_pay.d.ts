/** @schema `payment_method_details_wechat_pay` */
export type PaymentMethodDetailsWechatPay = {
  /**
   * Uniquely identifies this particular WeChat Pay account. You can use this attribute to check whether two WeChat accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Transaction ID of this particular WeChat Pay transaction.
   *
   * @maxLength 5000
   */
  transaction_id?: string | null;
};
