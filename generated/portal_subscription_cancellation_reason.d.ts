import type { SchemaModule } from "./runtime/api.js";
import type { PortalSubscriptionCancellationReason as self } from "./types/portal_subscription_cancellation_reason.js";

export type PortalSubscriptionCancellationReason = self;
export declare const PortalSubscriptionCancellationReason: SchemaModule<self>;
