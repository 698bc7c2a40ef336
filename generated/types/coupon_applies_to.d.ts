/** @schema `coupon_applies_to` */
export type CouponAppliesTo = {
  /** A list of product IDs this coupon applies to */
  products: string[];
};
