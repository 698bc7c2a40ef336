import type { TreasuryFinancialAccountsResourceAbaToggleSettings } from "./treasury_financial_accounts_resource_aba_toggle_settings.js";

/**
 * Settings related to Financial Addresses features on a Financial Account
 *
 * @schema `treasury_financial_accounts_resource_financial_addresses_features`
 */
export type TreasuryFinancialAccountsResourceFinancialAddressesFeatures = {
  aba?: TreasuryFinancialAccountsResourceAbaToggleSettings;
};
