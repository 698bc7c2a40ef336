/** @schema `payment_method_oxxo` */
export interface PaymentMethodOxxo {
  [key: string]: unknown;
}
