import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderAuthorizationControls as self } from "./types/issuing_cardholder_authorization_controls.js";

export type IssuingCardholderAuthorizationControls = self;
export declare const IssuingCardholderAuthorizationControls: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderAuthorizationControls(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderAuthorizationControls(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderAuthorizationControls: runtime.Check;
