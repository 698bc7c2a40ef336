import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsTrialsResourceEndBehavior as Type } from "./types/subscriptions_trials_resource_end_behavior.js";

export type SubscriptionsTrialsResourceEndBehavior = Type;
export declare const SubscriptionsTrialsResourceEndBehavior: SchemaModule<Type>;
