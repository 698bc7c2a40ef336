import type * as runtime from "./runtime/api.js";
import type { SourceTypeBancontact as self } from "./types/source_type_bancontact.js";

export type SourceTypeBancontact = self;
export declare const SourceTypeBancontact: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeBancontact(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeBancontact(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeBancontact: runtime.Check;
