import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionItemBillingThresholds as self } from "./types/subscription_item_billing_thresholds.js";

export type SubscriptionItemBillingThresholds = self;
export declare const SubscriptionItemBillingThresholds: SchemaModule<self>;
