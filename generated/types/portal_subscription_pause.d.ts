/** @schema `portal_subscription_pause` */
export type PortalSubscriptionPause = {
  /** Whether the feature is enabled. */
  enabled: boolean;
};
