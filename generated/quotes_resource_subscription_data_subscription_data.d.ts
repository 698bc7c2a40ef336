import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceSubscriptionDataSubscriptionData as Type } from "./types/quotes_resource_subscription_data_subscription_data.js";

export type { QuotesResourceSubscriptionDataSubscriptionData } from "./types/quotes_resource_subscription_data_subscription_data.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceSubscriptionDataSubscriptionData };
