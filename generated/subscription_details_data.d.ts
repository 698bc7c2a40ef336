import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionDetailsData as Type } from "./types/subscription_details_data.js";

export type SubscriptionDetailsData = Type;
export declare const SubscriptionDetailsData: SchemaModule<Type>;
