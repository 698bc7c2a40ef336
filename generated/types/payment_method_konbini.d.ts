/** @schema `payment_method_konbini` */
export interface PaymentMethodKonbini {
  [key: string]: unknown;
}
