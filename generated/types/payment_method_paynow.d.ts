/** @schema `payment_method_paynow` */
export interface PaymentMethodPaynow {
  [key: string]: unknown;
}
