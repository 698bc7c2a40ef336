import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowSubscriptionCancel as Type } from "./types/portal_flows_flow_subscription_cancel.js";

export type PortalFlowsFlowSubscriptionCancel = Type;
export declare const PortalFlowsFlowSubscriptionCancel: SchemaModule<Type>;
