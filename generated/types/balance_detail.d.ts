import type { BalanceAmount } from "./balance_amount.js";

/** @schema `balance_detail` */
export type BalanceDetail = {
  /** Funds that are available for use. */
  available: BalanceAmount[];
};
