/** @schema `payment_method_promptpay` */
export interface PaymentMethodPromptpay {
  [key: string]: unknown;
}
