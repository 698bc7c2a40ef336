import type * as runtime from "./runtime/api.js";
import type { SourceTypeSofort as self } from "./types/source_type_sofort.js";

export type SourceTypeSofort = self;
export declare const SourceTypeSofort: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeSofort(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeSofort(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeSofort: runtime.Check;
