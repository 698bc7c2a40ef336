import type { SchemaModule } from "./runtime/api.js";
import type { PortalSubscriptionPause as self } from "./types/portal_subscription_pause.js";

export type PortalSubscriptionPause = self;
export declare const PortalSubscriptionPause: SchemaModule<self>;
