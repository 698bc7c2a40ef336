import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceSubscriptionDataSubscriptionData as self } from "./types/quotes_resource_subscription_data_subscription_data.js";

export type QuotesResourceSubscriptionDataSubscriptionData = self;
export declare const QuotesResourceSubscriptionDataSubscriptionData: SchemaModule<self>;
