/** @schema `quotes_resource_subscription_data_subscription_data` */
export type QuotesResourceSubscriptionDataSubscriptionData = {
  /**
   * The subscription's description, meant to be displayable to the customer. Use this field to optionally store an explanation of the subscription.
   *
   * @maxLength 5000
   */
  description?: string | null;
  /**
   * When creating a new subscription, the date of which the subscription schedule will start after the quote is accepted. This date is ignored if it is in the past when the quote is accepted. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  effective_date?: number | null;
  /** Integer representing the number of trial period days before the customer is charged for the first time. */
  trial_period_days?: number | null;
};
