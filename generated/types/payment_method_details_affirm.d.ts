/** @schema `payment_method_details_affirm` */
export type PaymentMethodDetailsAffirm = { [key: string]: unknown };
