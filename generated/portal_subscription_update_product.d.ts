import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionUpdateProduct as Type } from "./types/portal_subscription_update_product.js";

export type PortalSubscriptionUpdateProduct = Type;
export declare const PortalSubscriptionUpdateProduct: SchemaModule<Type>;
