import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionsResourcePendingUpdate as Type } from "./types/subscriptions_resource_pending_update.js";

export type SubscriptionsResourcePendingUpdate = Type;
export declare const SubscriptionsResourcePendingUpdate: SchemaModule<Type>;
