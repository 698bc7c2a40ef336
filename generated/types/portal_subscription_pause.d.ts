/** @schema `portal_subscription_pause` */
export interface PortalSubscriptionPause {
  /** Whether the feature is enabled. */
  enabled: boolean;
}
