import type * as runtime from "./runtime/api.js";
import type { SourceTypeKlarna as self } from "./types/source_type_klarna.js";

export type SourceTypeKlarna = self;
export declare const SourceTypeKlarna: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeKlarna(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeKlarna(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeKlarna: runtime.Check;
