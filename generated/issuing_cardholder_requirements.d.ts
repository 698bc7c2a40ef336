import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderRequirements as self } from "./types/issuing_cardholder_requirements.js";

export type IssuingCardholderRequirements = self;
export declare const IssuingCardholderRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderRequirements(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderRequirements: runtime.Check;
