import type { BalanceAmountBySourceType } from "./balance_amount_by_source_type.js";

/** @schema `balance_amount` */
export type BalanceAmount = {
  /** Balance amount. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  source_types?: BalanceAmountBySourceType;
};
