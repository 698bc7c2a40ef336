import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionPause as Type } from "./types/portal_subscription_pause.js";

export type PortalSubscriptionPause = Type;
export declare const PortalSubscriptionPause: SchemaModule<Type>;
