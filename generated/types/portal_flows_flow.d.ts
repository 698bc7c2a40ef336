import type { PortalFlowsFlowAfterCompletion } from "./portal_flows_flow_after_completion.js";
import type { PortalFlowsFlowSubscriptionCancel } from "./portal_flows_flow_subscription_cancel.js";
import type { PortalFlowsFlowSubscriptionUpdate } from "./portal_flows_flow_subscription_update.js";
import type { PortalFlowsFlowSubscriptionUpdateConfirm } from "./portal_flows_flow_subscription_update_confirm.js";

/** @schema `portal_flows_flow` */
export type PortalFlowsFlow = {
  after_completion: PortalFlowsFlowAfterCompletion;
  /** Configuration when `flow.type=subscription_cancel`. */
  subscription_cancel?: PortalFlowsFlowSubscriptionCancel | null;
  /** Configuration when `flow.type=subscription_update`. */
  subscription_update?: PortalFlowsFlowSubscriptionUpdate | null;
  /** Configuration when `flow.type=subscription_update_confirm`. */
  subscription_update_confirm?: PortalFlowsFlowSubscriptionUpdateConfirm | null;
  /** Type of flow that the customer will go through. */
  type:
    | "payment_method_update"
    | "subscription_cancel"
    | "subscription_update"
    | "subscription_update_confirm";
};
