import type * as runtime from "./runtime/api.js";
import type { BalanceAmount as self } from "./types/balance_amount.js";

export type BalanceAmount = self;
export declare const BalanceAmount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBalanceAmount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBalanceAmount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBalanceAmount: runtime.Check;
