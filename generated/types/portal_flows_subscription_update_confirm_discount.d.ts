/** @schema `portal_flows_subscription_update_confirm_discount` */
export type PortalFlowsSubscriptionUpdateConfirmDiscount = {
  /**
   * The ID of the coupon to apply to this subscription update.
   *
   * @maxLength 5000
   */
  coupon?: string | null;
  /**
   * The ID of a promotion code to apply to this subscription update.
   *
   * @maxLength 5000
   */
  promotion_code?: string | null;
};
