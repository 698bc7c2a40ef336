import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionCancel as Type } from "./types/portal_subscription_cancel.js";

export type { PortalSubscriptionCancel } from "./types/portal_subscription_cancel.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalSubscriptionCancel };
