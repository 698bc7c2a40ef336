/** @schema `payment_method_blik` */
export interface PaymentMethodBlik {
  [key: string]: unknown;
}
