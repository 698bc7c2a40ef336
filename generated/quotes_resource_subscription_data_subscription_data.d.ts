import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceSubscriptionDataSubscriptionData as Type } from "./types/quotes_resource_subscription_data_subscription_data.js";

export type QuotesResourceSubscriptionDataSubscriptionData = Type;
export declare const QuotesResourceSubscriptionDataSubscriptionData: SchemaModule<Type>;
