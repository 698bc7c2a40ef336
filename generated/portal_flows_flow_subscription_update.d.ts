import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsFlowSubscriptionUpdate as Type } from "./types/portal_flows_flow_subscription_update.js";

export type { PortalFlowsFlowSubscriptionUpdate } from "./types/portal_flows_flow_subscription_update.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsFlowSubscriptionUpdate };
