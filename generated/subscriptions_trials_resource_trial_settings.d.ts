import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionsTrialsResourceTrialSettings as self } from "./types/subscriptions_trials_resource_trial_settings.js";

export type SubscriptionsTrialsResourceTrialSettings = self;
export declare const SubscriptionsTrialsResourceTrialSettings: SchemaModule<self>;
