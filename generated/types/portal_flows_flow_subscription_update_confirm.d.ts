import type { PortalFlowsSubscriptionUpdateConfirmDiscount } from "./portal_flows_subscription_update_confirm_discount.js";
import type { PortalFlowsSubscriptionUpdateConfirmItem } from "./portal_flows_subscription_update_confirm_item.js";

/** @schema `portal_flows_flow_subscription_update_confirm` */
export type PortalFlowsFlowSubscriptionUpdateConfirm = {
  /** The coupon or promotion code to apply to this subscription update. Currently, only up to one may be specified. */
  discounts?: PortalFlowsSubscriptionUpdateConfirmDiscount[] | null;
  /** The [subscription item](https://stripe.com/docs/api/subscription_items) to be updated through this flow. Currently, only up to one may be specified and subscriptions with multiple items are not updatable. */
  items: PortalFlowsSubscriptionUpdateConfirmItem[];
  /**
   * The ID of the subscription to be updated.
   *
   * @maxLength 5000
   */
  subscription: string;
};
