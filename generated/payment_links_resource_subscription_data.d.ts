import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceSubscriptionData as Type } from "./types/payment_links_resource_subscription_data.js";

export type PaymentLinksResourceSubscriptionData = Type;
export declare const PaymentLinksResourceSubscriptionData: SchemaModule<Type>;
