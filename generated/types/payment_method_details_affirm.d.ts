/** @schema `payment_method_details_affirm` */
export interface PaymentMethodDetailsAffirm {
  [key: string]: unknown;
}
