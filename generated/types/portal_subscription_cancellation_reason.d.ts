/** @schema `portal_subscription_cancellation_reason` */
export type PortalSubscriptionCancellationReason = {
  /** Whether the feature is enabled. */
  enabled: boolean;
  /** Which cancellation reasons will be given as options to the customer. */
  options: (
    | "customer_service"
    | "low_quality"
    | "missing_features"
    | "other"
    | "switched_service"
    | "too_complex"
    | "too_expensive"
    | "unused"
  )[];
};
