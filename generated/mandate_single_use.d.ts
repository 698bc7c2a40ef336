import type * as runtime from "./runtime/api.js";
import type { MandateSingleUse as self } from "./types/mandate_single_use.js";

export type MandateSingleUse = self;
export declare const MandateSingleUse: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateSingleUse(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateSingleUse(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateSingleUse: runtime.Check;
