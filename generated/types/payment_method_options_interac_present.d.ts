/** @schema `payment_method_options_interac_present` */
export interface PaymentMethodOptionsInteracPresent {
  [key: string]: unknown;
}
