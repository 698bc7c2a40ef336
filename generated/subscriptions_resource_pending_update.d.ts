import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePendingUpdate as Type } from "./types/subscriptions_resource_pending_update.js";

export type { SubscriptionsResourcePendingUpdate } from "./types/subscriptions_resource_pending_update.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionsResourcePendingUpdate };
