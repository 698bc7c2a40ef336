import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionUpdateProduct as Type } from "./types/portal_subscription_update_product.js";

export type { PortalSubscriptionUpdateProduct } from "./types/portal_subscription_update_product.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalSubscriptionUpdateProduct };
