import type * as runtime from "./runtime/api.js";
import type { ApiErrors as self } from "./types/api_errors.js";

export type ApiErrors = self;
export declare const ApiErrors: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateApiErrors(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isApiErrors(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkApiErrors: runtime.Check;
