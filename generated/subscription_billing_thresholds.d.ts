import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionBillingThresholds as Type } from "./types/subscription_billing_thresholds.js";

export type { SubscriptionBillingThresholds } from "./types/subscription_billing_thresholds.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionBillingThresholds };
