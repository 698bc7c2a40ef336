import type { BalanceAmount } from "./balance_amount.js";

/** @schema `balance_detail` */
export interface BalanceDetail {
  /** Funds that are available for use. */
  available: BalanceAmount[];
}
