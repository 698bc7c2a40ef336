import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionsResourcePauseCollection as self } from "./types/subscriptions_resource_pause_collection.js";

export type SubscriptionsResourcePauseCollection = self;
export declare const SubscriptionsResourcePauseCollection: SchemaModule<self>;
