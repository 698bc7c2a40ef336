import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceAbaRecord as self } from "./types/treasury_financial_accounts_resource_aba_record.js";

export type TreasuryFinancialAccountsResourceAbaRecord = self;
export declare const TreasuryFinancialAccountsResourceAbaRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceAbaRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceAbaRecord(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceAbaRecord: runtime.Check;
