import type * as runtime from "./runtime/api.js";
import type { VerificationSessionRedaction as self } from "./types/verification_session_redaction.js";

export type VerificationSessionRedaction = self;
export declare const VerificationSessionRedaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateVerificationSessionRedaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isVerificationSessionRedaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkVerificationSessionRedaction: runtime.Check;
