import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderIndividualDob as self } from "./types/issuing_cardholder_individual_dob.js";

export type IssuingCardholderIndividualDob = self;
export declare const IssuingCardholderIndividualDob: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderIndividualDob(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderIndividualDob(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderIndividualDob: runtime.Check;
