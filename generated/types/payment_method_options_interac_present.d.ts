/** @schema `payment_method_options_interac_present` */
export type PaymentMethodOptionsInteracPresent = { [key: string]: unknown };
