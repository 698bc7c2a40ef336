/** @schema `portal_flows_coupon_offer` */
export type PortalFlowsCouponOffer = {
  /**
   * The ID of the coupon to be offered.
   *
   * @maxLength 5000
   */
  coupon: string;
};
