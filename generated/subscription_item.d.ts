import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionItem as self } from "./types/subscription_item.js";

export type SubscriptionItem = self;
export declare const SubscriptionItem: SchemaModule<self>;
