import type * as runtime from "./runtime/api.js";
import type { IssuingCardGooglePay as self } from "./types/issuing_card_google_pay.js";

export type IssuingCardGooglePay = self;
export declare const IssuingCardGooglePay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardGooglePay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isIssuingCardGooglePay(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardGooglePay: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testIssuingCardGooglePay: runtime.Test;
