/** @schema `treasury_financial_accounts_resource_closed_status_details` */
export type TreasuryFinancialAccountsResourceClosedStatusDetails = {
  /** The array that contains reasons for a FinancialAccount closure. */
  reasons: ("account_rejected" | "closed_by_platform" | "other")[];
};
