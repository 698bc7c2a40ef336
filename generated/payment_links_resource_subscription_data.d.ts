import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceSubscriptionData as self } from "./types/payment_links_resource_subscription_data.js";

export type PaymentLinksResourceSubscriptionData = self;
export declare const PaymentLinksResourceSubscriptionData: SchemaModule<self>;
