/** @schema `payment_method_grabpay` */
export interface PaymentMethodGrabpay {
  [key: string]: unknown;
}
