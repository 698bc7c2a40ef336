import type * as runtime from "./runtime/api.js";
import type { MandateMultiUse as self } from "./types/mandate_multi_use.js";

export type MandateMultiUse = self;
export declare const MandateMultiUse: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateMultiUse(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateMultiUse(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateMultiUse: runtime.Check;
