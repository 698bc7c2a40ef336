import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderCompany as self } from "./types/issuing_cardholder_company.js";

export type IssuingCardholderCompany = self;
export declare const IssuingCardholderCompany: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderCompany(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderCompany(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderCompany: runtime.Check;
