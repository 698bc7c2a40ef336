import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionsResourcePendingUpdate as self } from "./types/subscriptions_resource_pending_update.js";

export type SubscriptionsResourcePendingUpdate = self;
export declare const SubscriptionsResourcePendingUpdate: SchemaModule<self>;
