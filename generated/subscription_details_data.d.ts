import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionDetailsData as Type } from "./types/subscription_details_data.js";

export type { SubscriptionDetailsData } from "./types/subscription_details_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionDetailsData };
