import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsSubscriptionUpdateConfirmItem as self } from "./types/portal_flows_subscription_update_confirm_item.js";

export type PortalFlowsSubscriptionUpdateConfirmItem = self;
export declare const PortalFlowsSubscriptionUpdateConfirmItem: SchemaModule<self>;
