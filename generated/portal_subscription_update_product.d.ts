import type { SchemaModule } from "./runtime/api.js";
import type { PortalSubscriptionUpdateProduct as self } from "./types/portal_subscription_update_product.js";

export type PortalSubscriptionUpdateProduct = self;
export declare const PortalSubscriptionUpdateProduct: SchemaModule<self>;
