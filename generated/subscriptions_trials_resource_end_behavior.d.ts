import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsTrialsResourceEndBehavior as Type } from "./types/subscriptions_trials_resource_end_behavior.js";

export type { SubscriptionsTrialsResourceEndBehavior } from "./types/subscriptions_trials_resource_end_behavior.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionsTrialsResourceEndBehavior };
