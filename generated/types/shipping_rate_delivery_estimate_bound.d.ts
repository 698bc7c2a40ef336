/** @schema `shipping_rate_delivery_estimate_bound` */
export type ShippingRateDeliveryEstimateBound = {
  /** A unit of time. */
  unit: "business_day" | "day" | "hour" | "month" | "week";
  /** Must be greater than 0. */
  value: number;
};
