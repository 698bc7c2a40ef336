import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionBillingThresholds as self } from "./types/subscription_billing_thresholds.js";

export type SubscriptionBillingThresholds = self;
export declare const SubscriptionBillingThresholds: SchemaModule<self>;
