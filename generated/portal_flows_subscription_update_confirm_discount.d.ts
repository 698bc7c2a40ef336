import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsSubscriptionUpdateConfirmDiscount as Type } from "./types/portal_flows_subscription_update_confirm_discount.js";

export type PortalFlowsSubscriptionUpdateConfirmDiscount = Type;
export declare const PortalFlowsSubscriptionUpdateConfirmDiscount: SchemaModule<Type>;
