import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionUpdate as Type } from "./types/portal_subscription_update.js";

export type PortalSubscriptionUpdate = Type;
export declare const PortalSubscriptionUpdate: SchemaModule<Type>;
