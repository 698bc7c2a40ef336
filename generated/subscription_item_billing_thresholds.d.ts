import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionItemBillingThresholds as Type } from "./types/subscription_item_billing_thresholds.js";

export type { SubscriptionItemBillingThresholds } from "./types/subscription_item_billing_thresholds.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionItemBillingThresholds };
