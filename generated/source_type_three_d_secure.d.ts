import type * as runtime from "./runtime/api.js";
import type { SourceTypeThreeDSecure as self } from "./types/source_type_three_d_secure.js";

export type SourceTypeThreeDSecure = self;
export declare const SourceTypeThreeDSecure: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeThreeDSecure(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeThreeDSecure(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeThreeDSecure: runtime.Check;
