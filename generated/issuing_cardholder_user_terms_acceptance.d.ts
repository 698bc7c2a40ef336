import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderUserTermsAcceptance as self } from "./types/issuing_cardholder_user_terms_acceptance.js";

export type IssuingCardholderUserTermsAcceptance = self;
export declare const IssuingCardholderUserTermsAcceptance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderUserTermsAcceptance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderUserTermsAcceptance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderUserTermsAcceptance: runtime.Check;
