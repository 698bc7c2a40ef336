import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderCardIssuing as self } from "./types/issuing_cardholder_card_issuing.js";

export type IssuingCardholderCardIssuing = self;
export declare const IssuingCardholderCardIssuing: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderCardIssuing(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderCardIssuing(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderCardIssuing: runtime.Check;
