/** @schema `balance_amount_by_source_type` */
export type BalanceAmountBySourceType = {
  /** Amount for bank account. */
  bank_account?: number;
  /** Amount for card. */
  card?: number;
  /** Amount for FPX. */
  fpx?: number;
};
