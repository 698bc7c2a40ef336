import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountFeatures as self } from "./types/treasury.financial_account_features.js";

export type TreasuryFinancialAccountFeatures = self;
export declare const TreasuryFinancialAccountFeatures: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountFeatures(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountFeatures(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountFeatures: runtime.Check;
