/** @schema `payment_method_bancontact` */
export type PaymentMethodBancontact = { [key: string]: unknown };
