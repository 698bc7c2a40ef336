import type * as runtime from "./runtime/api.js";
import type { SourceTypeAchDebit as self } from "./types/source_type_ach_debit.js";

export type SourceTypeAchDebit = self;
export declare const SourceTypeAchDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeAchDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeAchDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeAchDebit: runtime.Check;
