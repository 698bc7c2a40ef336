/**
 * Restrictions that a Connect Platform has placed on this FinancialAccount.
 *
 * @schema `treasury_financial_accounts_resource_platform_restrictions`
 */
export type TreasuryFinancialAccountsResourcePlatformRestrictions = {
  /** Restricts all inbound money movement. */
  inbound_flows?: "restricted" | "unrestricted" | null;
  /** Restricts all outbound money movement. */
  outbound_flows?: "restricted" | "unrestricted" | null;
};
