import type * as runtime from "./runtime/api.js";
import type { IssuingCardApplePay as self } from "./types/issuing_card_apple_pay.js";

export type IssuingCardApplePay = self;
export declare const IssuingCardApplePay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardApplePay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardApplePay(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardApplePay: runtime.Check;
