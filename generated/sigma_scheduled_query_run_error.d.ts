import type * as runtime from "./runtime/api.js";
import type { SigmaScheduledQueryRunError as self } from "./types/sigma_scheduled_query_run_error.js";

export type SigmaScheduledQueryRunError = self;
export declare const SigmaScheduledQueryRunError: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSigmaScheduledQueryRunError(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSigmaScheduledQueryRunError(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSigmaScheduledQueryRunError: runtime.Check;
