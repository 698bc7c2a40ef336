/** @schema `payment_method_oxxo` */
export type PaymentMethodOxxo = { [key: string]: unknown };
