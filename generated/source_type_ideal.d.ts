import type * as runtime from "./runtime/api.js";
import type { SourceTypeIdeal as self } from "./types/source_type_ideal.js";

export type SourceTypeIdeal = self;
export declare const SourceTypeIdeal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeIdeal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeIdeal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeIdeal: runtime.Check;
