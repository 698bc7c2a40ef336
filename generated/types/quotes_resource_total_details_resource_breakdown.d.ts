import type { LineItemsDiscountAmount } from "./line_items_discount_amount.js";
import type { LineItemsTaxAmount } from "./line_items_tax_amount.js";

/** @schema `quotes_resource_total_details_resource_breakdown` */
export type QuotesResourceTotalDetailsResourceBreakdown = {
  /** The aggregated discounts. */
  discounts: LineItemsDiscountAmount[];
  /** The aggregated tax amounts by rate. */
  taxes: LineItemsTaxAmount[];
};
