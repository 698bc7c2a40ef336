import type * as runtime from "./runtime/api.js";
import type { SourceTypeSepaDebit as self } from "./types/source_type_sepa_debit.js";

export type SourceTypeSepaDebit = self;
export declare const SourceTypeSepaDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeSepaDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeSepaDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeSepaDebit: runtime.Check;
