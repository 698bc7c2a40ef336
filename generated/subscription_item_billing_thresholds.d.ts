import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionItemBillingThresholds as Type } from "./types/subscription_item_billing_thresholds.js";

export type SubscriptionItemBillingThresholds = Type;
export declare const SubscriptionItemBillingThresholds: SchemaModule<Type>;
