/** @schema `shipping_rate_currency_option` */
export type ShippingRateCurrencyOption = {
  /** A non-negative integer in cents representing how much to charge. */
  amount: number;
  /** Specifies whether the rate is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. */
  tax_behavior: "exclusive" | "inclusive" | "unspecified";
};
