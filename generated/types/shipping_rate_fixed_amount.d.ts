import type { ShippingRateCurrencyOption } from "./shipping_rate_currency_option.js";

/** @schema `shipping_rate_fixed_amount` */
export type ShippingRateFixedAmount = {
  /** A non-negative integer in cents representing how much to charge. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** Shipping rates defined in each available currency option. Each key must be a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported currency](https://stripe.com/docs/currencies). */
  currency_options?: { [key: string]: ShippingRateCurrencyOption };
};
