import type { PortalFlowsRetention } from "./portal_flows_retention.js";

/** @schema `portal_flows_flow_subscription_cancel` */
export type PortalFlowsFlowSubscriptionCancel = {
  /** Specify a retention strategy to be used in the cancellation flow. */
  retention?: PortalFlowsRetention | null;
  /**
   * The ID of the subscription to be canceled.
   *
   * @maxLength 5000
   */
  subscription: string;
};
