import type { SchemaModule } from "./runtime/schema.js";
import type { PortalSubscriptionCancellationReason as Type } from "./types/portal_subscription_cancellation_reason.js";

export type PortalSubscriptionCancellationReason = Type;
export declare const PortalSubscriptionCancellationReason: SchemaModule<Type>;
