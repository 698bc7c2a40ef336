/** @schema `payment_method_details_wechat` */
export interface PaymentMethodDetailsWechat {
  [key: string]: unknown;
}
