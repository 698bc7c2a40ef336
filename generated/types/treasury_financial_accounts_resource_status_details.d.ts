import type { TreasuryFinancialAccountsResourceClosedStatusDetails } from "./treasury_financial_accounts_resource_closed_status_details.js";

/** @schema `treasury_financial_accounts_resource_status_details` */
export type TreasuryFinancialAccountsResourceStatusDetails = {
  /** Details related to the closure of this FinancialAccount */
  closed?: TreasuryFinancialAccountsResourceClosedStatusDetails | null;
};
