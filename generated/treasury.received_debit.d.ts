import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedDebit as self } from "./types/treasury.received_debit.js";

export type TreasuryReceivedDebit = self;
export declare const TreasuryReceivedDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedDebit: runtime.Check;
