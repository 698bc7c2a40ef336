import type * as runtime from "./runtime/api.js";
import type { IssuingCardGooglePay as self } from "./types/issuing_card_google_pay.js";

export type IssuingCardGooglePay = self;
export declare const IssuingCardGooglePay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardGooglePay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardGooglePay(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardGooglePay: runtime.Check;
