/** @schema `payment_method_zip` */
export interface PaymentMethodZip {
  [key: string]: unknown;
}
