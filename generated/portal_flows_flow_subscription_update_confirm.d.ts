import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsFlowSubscriptionUpdateConfirm as self } from "./types/portal_flows_flow_subscription_update_confirm.js";

export type PortalFlowsFlowSubscriptionUpdateConfirm = self;
export declare const PortalFlowsFlowSubscriptionUpdateConfirm: SchemaModule<self>;
