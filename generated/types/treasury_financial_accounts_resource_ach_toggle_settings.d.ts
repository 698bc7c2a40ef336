import type { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails } from "./treasury_financial_accounts_resource_toggles_setting_status_details.js";

/**
 * Toggle settings for enabling/disabling an ACH specific feature
 *
 * @schema `treasury_financial_accounts_resource_ach_toggle_settings`
 */
export type TreasuryFinancialAccountsResourceAchToggleSettings = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
  /** Whether the Feature is operational. */
  status: "active" | "pending" | "restricted";
  /** Additional details; includes at least one entry when the status is not `active`. */
  status_details: TreasuryFinancialAccountsResourceTogglesSettingStatusDetails[];
};
