import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceAchToggleSettings as self } from "./types/treasury_financial_accounts_resource_ach_toggle_settings.js";

export type TreasuryFinancialAccountsResourceAchToggleSettings = self;
export declare const TreasuryFinancialAccountsResourceAchToggleSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceAchToggleSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceAchToggleSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceAchToggleSettings: runtime.Check;
