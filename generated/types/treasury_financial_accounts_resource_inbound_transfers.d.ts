import type { TreasuryFinancialAccountsResourceAchToggleSettings } from "./treasury_financial_accounts_resource_ach_toggle_settings.js";

/**
 * InboundTransfers contains inbound transfers features for a FinancialAccount.
 *
 * @schema `treasury_financial_accounts_resource_inbound_transfers`
 */
export type TreasuryFinancialAccountsResourceInboundTransfers = {
  ach?: TreasuryFinancialAccountsResourceAchToggleSettings;
};
