import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceAbaToggleSettings as self } from "./types/treasury_financial_accounts_resource_aba_toggle_settings.js";

export type TreasuryFinancialAccountsResourceAbaToggleSettings = self;
export declare const TreasuryFinancialAccountsResourceAbaToggleSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceAbaToggleSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceAbaToggleSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceAbaToggleSettings: runtime.Check;
