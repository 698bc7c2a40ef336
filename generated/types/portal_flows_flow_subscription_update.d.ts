/** @schema `portal_flows_flow_subscription_update` */
export type PortalFlowsFlowSubscriptionUpdate = {
  /**
   * The ID of the subscription to be updated.
   *
   * @maxLength 5000
   */
  subscription: string;
};
