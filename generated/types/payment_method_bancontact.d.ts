/** @schema `payment_method_bancontact` */
export interface PaymentMethodBancontact {
  [key: string]: unknown;
}
