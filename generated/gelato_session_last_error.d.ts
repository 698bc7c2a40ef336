import type * as runtime from "./runtime/api.js";
import type { GelatoSessionLastError as self } from "./types/gelato_session_last_error.js";

export type GelatoSessionLastError = self;
export declare const GelatoSessionLastError: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoSessionLastError(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoSessionLastError(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoSessionLastError: runtime.Check;
