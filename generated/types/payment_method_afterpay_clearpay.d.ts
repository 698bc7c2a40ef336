/** @schema `payment_method_afterpay_clearpay` */
export type PaymentMethodAfterpayClearpay = { [key: string]: unknown };
