/** @schema `payment_links_resource_completion_behavior_redirect` */
export type PaymentLinksResourceCompletionBehaviorRedirect = {
  /**
   * The URL the customer will be redirected to after the purchase is complete.
   *
   * @maxLength 5000
   */
  url: string;
};
