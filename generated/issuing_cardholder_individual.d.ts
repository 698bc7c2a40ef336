import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderIndividual as self } from "./types/issuing_cardholder_individual.js";

export type IssuingCardholderIndividual = self;
export declare const IssuingCardholderIndividual: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderIndividual(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderIndividual(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderIndividual: runtime.Check;
