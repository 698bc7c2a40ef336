import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationPendingRequest as self } from "./types/issuing_authorization_pending_request.js";

export type IssuingAuthorizationPendingRequest = self;
export declare const IssuingAuthorizationPendingRequest: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationPendingRequest(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationPendingRequest(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationPendingRequest: runtime.Check;
