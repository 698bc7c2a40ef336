/** @schema `payment_method_giropay` */
export type PaymentMethodGiropay = { [key: string]: unknown };
