import type * as runtime from "./runtime/api.js";
import type { SourceTransaction as self } from "./types/source_transaction.js";

export type SourceTransaction = self;
export declare const SourceTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTransaction(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTransaction: runtime.Check;
