/** @schema `payment_intent_next_action_wechat_pay_redirect_to_android_app` */
export type PaymentIntentNextActionWechatPayRedirectToAndroidApp = {
  /**
   * app_id is the APP ID registered on WeChat open platform
   *
   * @maxLength 5000
   */
  app_id: string;
  /**
   * nonce_str is a random string
   *
   * @maxLength 5000
   */
  nonce_str: string;
  /**
   * package is static value
   *
   * @maxLength 5000
   */
  package: string;
  /**
   * an unique merchant ID assigned by WeChat Pay
   *
   * @maxLength 5000
   */
  partner_id: string;
  /**
   * an unique trading ID assigned by WeChat Pay
   *
   * @maxLength 5000
   */
  prepay_id: string;
  /**
   * A signature
   *
   * @maxLength 5000
   */
  sign: string;
  /**
   * Specifies the current time in epoch format
   *
   * @maxLength 5000
   */
  timestamp: string;
};
