/** @schema `promotion_code_currency_option` */
export type PromotionCodeCurrencyOption = {
  /** Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a purchase must be $100 or more to work). */
  minimum_amount: number;
};
