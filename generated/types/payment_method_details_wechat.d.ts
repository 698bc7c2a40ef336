/** @schema `payment_method_details_wechat` */
export type PaymentMethodDetailsWechat = { [key: string]: unknown };
