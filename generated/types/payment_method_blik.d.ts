/** @schema `payment_method_blik` */
export type PaymentMethodBlik = { [key: string]: unknown };
