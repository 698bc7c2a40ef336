import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsSubscriptionUpdateConfirmDiscount as self } from "./types/portal_flows_subscription_update_confirm_discount.js";

export type PortalFlowsSubscriptionUpdateConfirmDiscount = self;
export declare const PortalFlowsSubscriptionUpdateConfirmDiscount: SchemaModule<self>;
