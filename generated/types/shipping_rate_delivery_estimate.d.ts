import type { ShippingRateDeliveryEstimateBound } from "./shipping_rate_delivery_estimate_bound.js";

/** @schema `shipping_rate_delivery_estimate` */
export type ShippingRateDeliveryEstimate = {
  /** The upper bound of the estimated range. If empty, represents no upper bound i.e., infinite. */
  maximum?: ShippingRateDeliveryEstimateBound | null;
  /** The lower bound of the estimated range. If empty, represents no lower bound. */
  minimum?: ShippingRateDeliveryEstimateBound | null;
};
