import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderVerification as self } from "./types/issuing_cardholder_verification.js";

export type IssuingCardholderVerification = self;
export declare const IssuingCardholderVerification: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderVerification(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isIssuingCardholderVerification(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderVerification: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testIssuingCardholderVerification: runtime.Test;
