import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationVerificationData as self } from "./types/issuing_authorization_verification_data.js";

export type IssuingAuthorizationVerificationData = self;
export declare const IssuingAuthorizationVerificationData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationVerificationData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationVerificationData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationVerificationData: runtime.Check;
