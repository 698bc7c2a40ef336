import type * as runtime from "./runtime/api.js";
import type { BalanceTransaction as self } from "./types/balance_transaction.js";

export type BalanceTransaction = self;
export declare const BalanceTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBalanceTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBalanceTransaction(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBalanceTransaction: runtime.Check;
