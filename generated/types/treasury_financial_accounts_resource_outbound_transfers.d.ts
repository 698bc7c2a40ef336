import type { TreasuryFinancialAccountsResourceAchToggleSettings } from "./treasury_financial_accounts_resource_ach_toggle_settings.js";
import type { TreasuryFinancialAccountsResourceToggleSettings } from "./treasury_financial_accounts_resource_toggle_settings.js";

/**
 * OutboundTransfers contains outbound transfers features for a FinancialAccount.
 *
 * @schema `treasury_financial_accounts_resource_outbound_transfers`
 */
export type TreasuryFinancialAccountsResourceOutboundTransfers = {
  ach?: TreasuryFinancialAccountsResourceAchToggleSettings;
  us_domestic_wire?: TreasuryFinancialAccountsResourceToggleSettings;
};
