import type { PromotionCodeCurrencyOption } from "./promotion_code_currency_option.js";

/** @schema `promotion_codes_resource_restrictions` */
export type PromotionCodesResourceRestrictions = {
  /** Promotion code restrictions defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies). */
  currency_options?: { [key: string]: PromotionCodeCurrencyOption };
  /** A Boolean indicating if the Promotion Code should only be redeemed for Customers without any successful payments or invoices */
  first_time_transaction: boolean;
  /** Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a purchase must be $100 or more to work). */
  minimum_amount?: number | null;
  /**
   * Three-letter [ISO code](https://stripe.com/docs/currencies) for minimum_amount
   *
   * @maxLength 5000
   */
  minimum_amount_currency?: string | null;
};
