import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionItem as Type } from "./types/subscription_item.js";

export type SubscriptionItem = Type;
export declare const SubscriptionItem: SchemaModule<Type>;
