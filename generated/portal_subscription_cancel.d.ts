import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionCancel as Type } from "./types/portal_subscription_cancel.js";

export type PortalSubscriptionCancel = Type;
export declare const PortalSubscriptionCancel: SchemaModule<Type>;
