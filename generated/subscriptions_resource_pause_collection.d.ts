import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePauseCollection as Type } from "./types/subscriptions_resource_pause_collection.js";

export type { SubscriptionsResourcePauseCollection } from "./types/subscriptions_resource_pause_collection.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionsResourcePauseCollection };
