import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccount as self } from "./types/treasury.financial_account.js";

export type TreasuryFinancialAccount = self;
export declare const TreasuryFinancialAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccount: runtime.Check;
