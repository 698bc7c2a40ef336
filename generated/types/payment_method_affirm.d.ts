/** @schema `payment_method_affirm` */
export interface PaymentMethodAffirm {
  [key: string]: unknown;
}
