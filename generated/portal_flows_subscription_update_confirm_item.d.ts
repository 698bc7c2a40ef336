import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsSubscriptionUpdateConfirmItem as Type } from "./types/portal_flows_subscription_update_confirm_item.js";

export type PortalFlowsSubscriptionUpdateConfirmItem = Type;
export declare const PortalFlowsSubscriptionUpdateConfirmItem: SchemaModule<Type>;
