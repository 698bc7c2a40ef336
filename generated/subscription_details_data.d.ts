import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionDetailsData as self } from "./types/subscription_details_data.js";

export type SubscriptionDetailsData = self;
export declare const SubscriptionDetailsData: SchemaModule<self>;
