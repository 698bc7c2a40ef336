import type * as runtime from "./runtime/api.js";
import type { IssuingCardholderAddress as self } from "./types/issuing_cardholder_address.js";

export type IssuingCardholderAddress = self;
export declare const IssuingCardholderAddress: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardholderAddress(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardholderAddress(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardholderAddress: runtime.Check;
