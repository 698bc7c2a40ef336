/** @schema `payment_method_details_blik` */
export type PaymentMethodDetailsBlik = { [key: string]: unknown };
