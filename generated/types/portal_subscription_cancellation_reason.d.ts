/** @schema `portal_subscription_cancellation_reason` */
export interface PortalSubscriptionCancellationReason {
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
}
