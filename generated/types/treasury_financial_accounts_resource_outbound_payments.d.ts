import type { TreasuryFinancialAccountsResourceAchToggleSettings } from "./treasury_financial_accounts_resource_ach_toggle_settings.js";
import type { TreasuryFinancialAccountsResourceToggleSettings } from "./treasury_financial_accounts_resource_toggle_settings.js";

/**
 * Settings related to Outbound Payments features on a Financial Account
 *
 * @schema `treasury_financial_accounts_resource_outbound_payments`
 */
export type TreasuryFinancialAccountsResourceOutboundPayments = {
  ach?: TreasuryFinancialAccountsResourceAchToggleSettings;
  us_domestic_wire?: TreasuryFinancialAccountsResourceToggleSettings;
};
