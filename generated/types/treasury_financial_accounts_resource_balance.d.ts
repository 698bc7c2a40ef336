/**
 * Balance information for the FinancialAccount
 *
 * @schema `treasury_financial_accounts_resource_balance`
 */
export type TreasuryFinancialAccountsResourceBalance = {
  /** Funds the user can spend right now. */
  cash: { [key: string]: number };
  /** Funds not spendable yet, but will become available at a later time. */
  inbound_pending: { [key: string]: number };
  /** Funds in the account, but not spendable because they are being held for pending outbound flows. */
  outbound_pending: { [key: string]: number };
};
