import type { SchemaModule } from "./runtime/api.js";
import type { PortalSubscriptionCancel as self } from "./types/portal_subscription_cancel.js";

export type PortalSubscriptionCancel = self;
export declare const PortalSubscriptionCancel: SchemaModule<self>;
