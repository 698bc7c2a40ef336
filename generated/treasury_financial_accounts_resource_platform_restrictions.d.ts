import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourcePlatformRestrictions as self } from "./types/treasury_financial_accounts_resource_platform_restrictions.js";

export type TreasuryFinancialAccountsResourcePlatformRestrictions = self;
export declare const TreasuryFinancialAccountsResourcePlatformRestrictions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourcePlatformRestrictions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourcePlatformRestrictions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourcePlatformRestrictions: runtime.Check;
