import type { QuotesResourceTotalDetails } from "./quotes_resource_total_details.js";

/** @schema `quotes_resource_recurring` */
export type QuotesResourceRecurring = {
  /** Total before any discounts or taxes are applied. */
  amount_subtotal: number;
  /** Total after discounts and taxes are applied. */
  amount_total: number;
  /** The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`. */
  interval: "day" | "month" | "week" | "year";
  /** The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months. */
  interval_count: number;
  total_details: QuotesResourceTotalDetails;
};
