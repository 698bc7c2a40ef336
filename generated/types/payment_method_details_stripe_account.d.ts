/** @schema `payment_method_details_stripe_account` */
export interface PaymentMethodDetailsStripeAccount {
  [key: string]: unknown;
}
