import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionUpdate as Type } from "./types/portal_subscription_update.js";

export type { PortalSubscriptionUpdate } from "./types/portal_subscription_update.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalSubscriptionUpdate };
