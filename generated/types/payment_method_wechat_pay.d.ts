/** @schema `payment_method_wechat_pay` */
export interface PaymentMethodWechatPay {
  [key: string]: unknown;
}
