import type { SubscriptionsTrialsResourceEndBehavior } from "./subscriptions_trials_resource_end_behavior.js";

/**
 * Configures how this subscription behaves during the trial period.
 *
 * @schema `subscriptions_trials_resource_trial_settings`
 */
export type SubscriptionsTrialsResourceTrialSettings = {
  end_behavior: SubscriptionsTrialsResourceEndBehavior;
};
