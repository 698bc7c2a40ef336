/** @schema `payment_method_pix` */
export type PaymentMethodPix = { [key: string]: unknown };
