import type { PortalFlowsCouponOffer } from "./portal_flows_coupon_offer.js";

/** @schema `portal_flows_retention` */
export type PortalFlowsRetention = {
  /** Configuration when `retention.type=coupon_offer`. */
  coupon_offer?: PortalFlowsCouponOffer | null;
  /** Type of retention strategy that will be used. */
  type: "coupon_offer";
};
