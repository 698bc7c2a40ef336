import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceToggleSettings as self } from "./types/treasury_financial_accounts_resource_toggle_settings.js";

export type TreasuryFinancialAccountsResourceToggleSettings = self;
export declare const TreasuryFinancialAccountsResourceToggleSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceToggleSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceToggleSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceToggleSettings: runtime.Check;
