/** @schema `payment_method_details_stripe_account` */
export type PaymentMethodDetailsStripeAccount = { [key: string]: unknown };
