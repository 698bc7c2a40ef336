import type * as runtime from "./runtime/api.js";
import type { GelatoVerifiedOutputs as self } from "./types/gelato_verified_outputs.js";

export type GelatoVerifiedOutputs = self;
export declare const GelatoVerifiedOutputs: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoVerifiedOutputs(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoVerifiedOutputs(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoVerifiedOutputs: runtime.Check;
