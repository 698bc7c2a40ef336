/** @schema `payment_method_giropay` */
export interface PaymentMethodGiropay {
  [key: string]: unknown;
}
