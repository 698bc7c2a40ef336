import type * as runtime from "./runtime/api.js";
import type { ReserveTransaction as self } from "./types/reserve_transaction.js";

export type ReserveTransaction = self;
export declare const ReserveTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateReserveTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isReserveTransaction(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkReserveTransaction: runtime.Check;
