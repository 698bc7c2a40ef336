import type * as runtime from "./runtime/api.js";
import type { TreasuryTransactionsResourceBalanceImpact as self } from "./types/treasury_transactions_resource_balance_impact.js";

export type TreasuryTransactionsResourceBalanceImpact = self;
export declare const TreasuryTransactionsResourceBalanceImpact: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryTransactionsResourceBalanceImpact(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryTransactionsResourceBalanceImpact(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryTransactionsResourceBalanceImpact: runtime.Check;
