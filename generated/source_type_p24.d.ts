import type * as runtime from "./runtime/api.js";
import type { SourceTypeP24 as self } from "./types/source_type_p24.js";

export type SourceTypeP24 = self;
export declare const SourceTypeP24: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeP24(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeP24(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeP24: runtime.Check;
