import type * as runtime from "./runtime/api.js";
import type { IssuingAuthorizationAmountDetails as self } from "./types/issuing_authorization_amount_details.js";

export type IssuingAuthorizationAmountDetails = self;
export declare const IssuingAuthorizationAmountDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingAuthorizationAmountDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingAuthorizationAmountDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingAuthorizationAmountDetails: runtime.Check;
