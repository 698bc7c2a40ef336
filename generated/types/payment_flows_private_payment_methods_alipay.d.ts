/** @schema `payment_flows_private_payment_methods_alipay` */
export type PaymentFlowsPrivatePaymentMethodsAlipay = {
  [key: string]: unknown;
};
