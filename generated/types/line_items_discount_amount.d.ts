import type { Discount } from "./discount.js";

/** @schema `line_items_discount_amount` */
export type LineItemsDiscountAmount = {
  /** The amount discounted. */
  amount: number;
  discount: Discount;
};
