import type { PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown } from "./payment_pages_checkout_session_total_details_resource_breakdown.js";

/** @schema `payment_pages_checkout_session_total_details` */
export type PaymentPagesCheckoutSessionTotalDetails = {
  /** This is the sum of all the discounts. */
  amount_discount: number;
  /** This is the sum of all the shipping amounts. */
  amount_shipping?: number | null;
  /** This is the sum of all the tax amounts. */
  amount_tax: number;
  breakdown?: PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown;
};
