/** @schema `coupon_applies_to` */
export interface CouponAppliesTo {
  /** A list of product IDs this coupon applies to */
  products: string[];
}
