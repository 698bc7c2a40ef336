/** @schema `payment_intent_next_action_alipay_handle_redirect` */
export type PaymentIntentNextActionAlipayHandleRedirect = {
  /**
   * The native data to be used with Alipay SDK you must redirect your customer to in order to authenticate the payment in an Android App.
   *
   * @maxLength 5000
   */
  native_data?: string | null;
  /**
   * The native URL you must redirect your customer to in order to authenticate the payment in an iOS App.
   *
   * @maxLength 5000
   */
  native_url?: string | null;
  /**
   * If the customer does not exit their browser while authenticating, they will be redirected to this specified URL after completion.
   *
   * @maxLength 5000
   */
  return_url?: string | null;
  /**
   * The URL you must redirect your customer to in order to authenticate the payment.
   *
   * @maxLength 5000
   */
  url?: string | null;
};
