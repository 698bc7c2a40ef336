/** @schema `payment_flows_private_payment_methods_alipay` */
export interface PaymentFlowsPrivatePaymentMethodsAlipay {
  [key: string]: unknown;
}
