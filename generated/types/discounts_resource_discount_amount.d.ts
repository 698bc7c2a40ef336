import type { DeletedDiscount } from "./deleted_discount.js";
import type { Discount } from "./discount.js";

/** @schema `discounts_resource_discount_amount` */
export type DiscountsResourceDiscountAmount = {
  /** The amount, in cents (or local equivalent), of the discount. */
  amount: number;
  /**
   * The discount that was applied to get this discount amount.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  discount: string | Discount | DeletedDiscount;
};
