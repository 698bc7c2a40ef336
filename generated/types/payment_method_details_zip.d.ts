/** @schema `payment_method_details_zip` */
export type PaymentMethodDetailsZip = { [key: string]: unknown };
