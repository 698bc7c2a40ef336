/** @schema `payment_method_details_blik` */
export interface PaymentMethodDetailsBlik {
  [key: string]: unknown;
}
