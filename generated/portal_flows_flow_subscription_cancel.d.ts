import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsFlowSubscriptionCancel as self } from "./types/portal_flows_flow_subscription_cancel.js";

export type PortalFlowsFlowSubscriptionCancel = self;
export declare const PortalFlowsFlowSubscriptionCancel: SchemaModule<self>;
