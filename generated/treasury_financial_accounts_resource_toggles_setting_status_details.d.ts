import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails as self } from "./types/treasury_financial_accounts_resource_toggles_setting_status_details.js";

export type TreasuryFinancialAccountsResourceTogglesSettingStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceTogglesSettingStatusDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceTogglesSettingStatusDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryFinancialAccountsResourceTogglesSettingStatusDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceTogglesSettingStatusDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryFinancialAccountsResourceTogglesSettingStatusDetails: runtime.Test;
