import type * as runtime from "./runtime/api.js";
import type { Period as self } from "./types/period.js";

export type Period = self;
export declare const Period: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePeriod(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPeriod(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPeriod: runtime.Check;
