import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationRequest as self } from "./types/issuing_authorization_request.js";

export type IssuingAuthorizationRequest = self;
export declare const IssuingAuthorizationRequest: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationRequest(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationRequest(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationRequest: runtime.Check;
