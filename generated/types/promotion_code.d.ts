import type { Coupon } from "./coupon.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { PromotionCodesResourceRestrictions } from "./promotion_codes_resource_restrictions.js";

/**
 * A Promotion Code represents a customer-redeemable code for a [coupon](https://stripe.com/docs/api#coupons). It can be used to
 * create multiple codes for a single coupon.
 *
 * @schema `promotion_code`
 */
export type PromotionCode = {
  /** Whether the promotion code is currently active. A promotion code is only active if the coupon is also valid. */
  active: boolean;
  /**
   * The customer-facing code. Regardless of case, this code must be unique across all active promotion codes for each customer.
   *
   * @maxLength 5000
   */
  code: string;
  coupon: Coupon;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The customer that this promotion code can be used by.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /**
   * Date at which the promotion code can no longer be redeemed.
   *
   * @format unix-time
   */
  expires_at?: number | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Maximum number of times this promotion code can be redeemed. */
  max_redemptions?: number | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "promotion_code";
  restrictions: PromotionCodesResourceRestrictions;
  /** Number of times this promotion code has been used. */
  times_redeemed: number;
};
