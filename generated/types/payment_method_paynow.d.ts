/** @schema `payment_method_paynow` */
export type PaymentMethodPaynow = { [key: string]: unknown };
