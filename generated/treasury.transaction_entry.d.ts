import type * as runtime from "./runtime/api.js";
import type { TreasuryTransactionEntry as self } from "./types/treasury.transaction_entry.js";

export type TreasuryTransactionEntry = self;
export declare const TreasuryTransactionEntry: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryTransactionEntry(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryTransactionEntry(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryTransactionEntry: runtime.Check;
