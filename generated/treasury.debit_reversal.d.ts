import type * as runtime from "./runtime/api.js";
import type { TreasuryDebitReversal as self } from "./types/treasury.debit_reversal.js";

export type TreasuryDebitReversal = self;
export declare const TreasuryDebitReversal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryDebitReversal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryDebitReversal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryDebitReversal: runtime.Check;
