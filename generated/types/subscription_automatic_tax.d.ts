/** @schema `subscription_automatic_tax` */
export type SubscriptionAutomaticTax = {
  /** Whether Stripe automatically computes tax on this subscription. */
  enabled: boolean;
};
