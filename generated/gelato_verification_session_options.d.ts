import type * as runtime from "./runtime/api.js";
import type { GelatoVerificationSessionOptions as self } from "./types/gelato_verification_session_options.js";

export type GelatoVerificationSessionOptions = self;
export declare const GelatoVerificationSessionOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoVerificationSessionOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoVerificationSessionOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoVerificationSessionOptions: runtime.Check;
