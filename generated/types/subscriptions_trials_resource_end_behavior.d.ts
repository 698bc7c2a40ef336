/**
 * Defines how a subscription behaves when a free trial ends.
 *
 * @schema `subscriptions_trials_resource_end_behavior`
 */
export type SubscriptionsTrialsResourceEndBehavior = {
  /** Indicates how the subscription should change when the trial ends if the user did not provide a payment method. */
  missing_payment_method: "cancel" | "create_invoice" | "pause";
};
