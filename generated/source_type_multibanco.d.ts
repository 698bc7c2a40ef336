import type * as runtime from "./runtime/api.js";
import type { SourceTypeMultibanco as self } from "./types/source_type_multibanco.js";

export type SourceTypeMultibanco = self;
export declare const SourceTypeMultibanco: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeMultibanco(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeMultibanco(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeMultibanco: runtime.Check;
