import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowSubscriptionUpdateConfirm as Type } from "./types/portal_flows_flow_subscription_update_confirm.js";

export type PortalFlowsFlowSubscriptionUpdateConfirm = Type;
export declare const PortalFlowsFlowSubscriptionUpdateConfirm: SchemaModule<Type>;
