/** @schema `payment_method_konbini` */
export type PaymentMethodKonbini = { [key: string]: unknown };
