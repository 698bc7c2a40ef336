import type { QuotesResourceTotalDetailsResourceBreakdown } from "./quotes_resource_total_details_resource_breakdown.js";

/** @schema `quotes_resource_total_details` */
export type QuotesResourceTotalDetails = {
  /** This is the sum of all the discounts. */
  amount_discount: number;
  /** This is the sum of all the shipping amounts. */
  amount_shipping?: number | null;
  /** This is the sum of all the tax amounts. */
  amount_tax: number;
  breakdown?: QuotesResourceTotalDetailsResourceBreakdown;
};
