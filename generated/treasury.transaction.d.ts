import type * as runtime from "./runtime/api.js";
import type { TreasuryTransaction as self } from "./types/treasury.transaction.js";

export type TreasuryTransaction = self;
export declare const TreasuryTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryTransaction(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryTransaction: runtime.Check;
