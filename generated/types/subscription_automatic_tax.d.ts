/** @schema `subscription_automatic_tax` */
export interface SubscriptionAutomaticTax {
  /** Whether Stripe automatically computes tax on this subscription. */
  enabled: boolean;
}
