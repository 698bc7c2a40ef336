import type { PortalSubscriptionCancellationReason } from "./portal_subscription_cancellation_reason.js";

/** @schema `portal_subscription_cancel` */
export type PortalSubscriptionCancel = {
  cancellation_reason: PortalSubscriptionCancellationReason;
  /** Whether the feature is enabled. */
  enabled: boolean;
  /** Whether to cancel subscriptions immediately or at the end of the billing period. */
  mode: "at_period_end" | "immediately";
  /** Whether to create prorations when canceling subscriptions. Possible values are `none` and `create_prorations`. */
  proration_behavior: "always_invoice" | "create_prorations" | "none";
};
