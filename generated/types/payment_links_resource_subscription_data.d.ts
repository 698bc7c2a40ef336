/** @schema `payment_links_resource_subscription_data` */
export type PaymentLinksResourceSubscriptionData = {
  /**
   * The subscription's description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /** Integer representing the number of trial period days before the customer is charged for the first time. */
  trial_period_days?: number | null;
};
