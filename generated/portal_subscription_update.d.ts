import type { SchemaModule } from "./runtime/api.js";
import type { PortalSubscriptionUpdate as self } from "./types/portal_subscription_update.js";

export type PortalSubscriptionUpdate = self;
export declare const PortalSubscriptionUpdate: SchemaModule<self>;
