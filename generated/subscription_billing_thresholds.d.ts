import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionBillingThresholds as Type } from "./types/subscription_billing_thresholds.js";

export type SubscriptionBillingThresholds = Type;
export declare const SubscriptionBillingThresholds: SchemaModule<Type>;
