/** @schema `payment_method_afterpay_clearpay` */
export interface PaymentMethodAfterpayClearpay {
  [key: string]: unknown;
}
