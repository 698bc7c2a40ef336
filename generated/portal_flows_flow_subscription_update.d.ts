import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowSubscriptionUpdate as Type } from "./types/portal_flows_flow_subscription_update.js";

export type PortalFlowsFlowSubscriptionUpdate = Type;
export declare const PortalFlowsFlowSubscriptionUpdate: SchemaModule<Type>;
