import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderVerification as self } from "./types/issuing_cardholder_verification.js";

export type IssuingCardholderVerification = self;
export declare const IssuingCardholderVerification: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderVerification(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderVerification(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderVerification: runtime.Check;
