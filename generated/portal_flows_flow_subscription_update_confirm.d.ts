import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowSubscriptionUpdateConfirm as Type } from "./types/portal_flows_flow_subscription_update_confirm.js";

export type { PortalFlowsFlowSubscriptionUpdateConfirm } from "./types/portal_flows_flow_subscription_update_confirm.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsFlowSubscriptionUpdateConfirm };
