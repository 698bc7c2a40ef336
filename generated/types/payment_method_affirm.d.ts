/** @schema `payment_method_affirm` */
export type PaymentMethodAffirm = { [key: string]: unknown };
