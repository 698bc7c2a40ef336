import type { Coupon } from "./coupon.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { PromotionCode } from "./promotion_code.js";

/**
 * A discount represents the actual application of a [coupon](https://stripe.com/docs/api#coupons) or [promotion code](https://stripe.com/docs/api#promotion_codes).
 * It contains information about when the discount began, when it will end, and what it is applied to.
 *
 * Related guide: [Applying discounts to subscriptions](https://stripe.com/docs/billing/subscriptions/discounts)
 *
 * @schema `discount`
 */
export type Discount = {
  /**
   * The Checkout session that this coupon is applied to, if it is applied to a particular session in payment mode. Will not be present for subscription mode.
   *
   * @maxLength 5000
   */
  checkout_session?: string | null;
  coupon: Coupon;
  /**
   * The ID of the customer associated with this discount.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /**
   * If the coupon has a duration of `repeating`, the date that this discount will end. If the coupon has a duration of `once` or `forever`, this attribute will be null.
   *
   * @format unix-time
   */
  end?: number | null;
  /**
   * The ID of the discount object. Discounts cannot be fetched by ID. Use `expand[]=discounts` in API calls to expand discount IDs in an array.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The invoice that the discount's coupon was applied to, if it was applied directly to a particular invoice.
   *
   * @maxLength 5000
   */
  invoice?: string | null;
  /**
   * The invoice item `id` (or invoice line item `id` for invoice line items of type='subscription') that the discount's coupon was applied to, if it was applied directly to a particular invoice item or invoice line item.
   *
   * @maxLength 5000
   */
  invoice_item?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "discount";
  /**
   * The promotion code applied to create this discount.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  promotion_code?: string | PromotionCode | null;
  /**
   * Date that the coupon was applied.
   *
   * @format unix-time
   */
  start: number;
  /**
   * The subscription that this coupon is applied to, if it is applied to a particular subscription.
   *
   * @maxLength 5000
   */
  subscription?: string | null;
};
