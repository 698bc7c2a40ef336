/** @schema `payment_method_grabpay` */
export type PaymentMethodGrabpay = { [key: string]: unknown };
