/** @schema `payment_method_details_zip` */
export interface PaymentMethodDetailsZip {
  [key: string]: unknown;
}
