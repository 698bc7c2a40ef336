import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceSubscriptionData as Type } from "./types/payment_links_resource_subscription_data.js";

export type { PaymentLinksResourceSubscriptionData } from "./types/payment_links_resource_subscription_data.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceSubscriptionData };
