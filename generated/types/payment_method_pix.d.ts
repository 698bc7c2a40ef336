/** @schema `payment_method_pix` */
export interface PaymentMethodPix {
  [key: string]: unknown;
}
