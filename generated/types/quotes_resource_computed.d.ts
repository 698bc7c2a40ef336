import type { QuotesResourceRecurring } from "./quotes_resource_recurring.js";
import type { QuotesResourceUpfront } from "./quotes_resource_upfront.js";

/** @schema `quotes_resource_computed` */
export type QuotesResourceComputed = {
  /** The definitive totals and line items the customer will be charged on a recurring basis. Takes into account the line items with recurring prices and discounts with `duration=forever` coupons only. Defaults to `null` if no inputted line items with recurring prices. */
  recurring?: QuotesResourceRecurring | null;
  upfront: QuotesResourceUpfront;
};
