import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsTrialsResourceTrialSettings as Type } from "./types/subscriptions_trials_resource_trial_settings.js";

export type { SubscriptionsTrialsResourceTrialSettings } from "./types/subscriptions_trials_resource_trial_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionsTrialsResourceTrialSettings };
