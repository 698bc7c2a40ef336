import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceTogglesSettingStatusDetails as self } from "./types/treasury_financial_accounts_resource_toggles_setting_status_details.js";

export type TreasuryFinancialAccountsResourceTogglesSettingStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceTogglesSettingStatusDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceTogglesSettingStatusDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceTogglesSettingStatusDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceTogglesSettingStatusDetails: runtime.Check;
