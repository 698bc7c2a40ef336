import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsFlowSubscriptionUpdate as self } from "./types/portal_flows_flow_subscription_update.js";

export type PortalFlowsFlowSubscriptionUpdate = self;
export declare const PortalFlowsFlowSubscriptionUpdate: SchemaModule<self>;
