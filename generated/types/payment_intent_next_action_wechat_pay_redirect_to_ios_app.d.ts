/** @schema `payment_intent_next_action_wechat_pay_redirect_to_ios_app` */
export type PaymentIntentNextActionWechatPayRedirectToIosApp = {
  /**
   * An universal link that redirect to WeChat Pay app
   *
   * @maxLength 5000
   */
  native_url: string;
};
