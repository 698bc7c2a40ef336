import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionsTrialsResourceEndBehavior as self } from "./types/subscriptions_trials_resource_end_behavior.js";

export type SubscriptionsTrialsResourceEndBehavior = self;
export declare const SubscriptionsTrialsResourceEndBehavior: SchemaModule<self>;
