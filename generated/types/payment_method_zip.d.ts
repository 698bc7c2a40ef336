/** @schema `payment_method_zip` */
export type PaymentMethodZip = { [key: string]: unknown };
