import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsTrialsResourceTrialSettings as Type } from "./types/subscriptions_trials_resource_trial_settings.js";

export type SubscriptionsTrialsResourceTrialSettings = Type;
export declare const SubscriptionsTrialsResourceTrialSettings: SchemaModule<Type>;
