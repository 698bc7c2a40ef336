import type { LineItemsDiscountAmount } from "./line_items_discount_amount.js";
import type { LineItemsTaxAmount } from "./line_items_tax_amount.js";

/** @schema `payment_pages_checkout_session_total_details_resource_breakdown` */
export type PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown = {
  /** The aggregated discounts. */
  discounts: LineItemsDiscountAmount[];
  /** The aggregated tax amounts by rate. */
  taxes: LineItemsTaxAmount[];
};
