/** @schema `payment_method_promptpay` */
export type PaymentMethodPromptpay = { [key: string]: unknown };
