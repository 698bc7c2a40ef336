import type * as runtime from "./runtime/api.js";
import type { IssuingTransaction as self } from "./types/issuing.transaction.js";

export type IssuingTransaction = self;
export declare const IssuingTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransaction(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransaction: runtime.Check;
