/** @schema `payment_method_wechat_pay` */
export type PaymentMethodWechatPay = { [key: string]: unknown };
