import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePauseCollection as Type } from "./types/subscriptions_resource_pause_collection.js";

export type SubscriptionsResourcePauseCollection = Type;
export declare const SubscriptionsResourcePauseCollection: SchemaModule<Type>;
