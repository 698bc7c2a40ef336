import type * as runtime from "./runtime/api.js";
import type { IssuingCardShipping as self } from "./types/issuing_card_shipping.js";

export type IssuingCardShipping = self;
export declare const IssuingCardShipping: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardShipping(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardShipping(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardShipping: runtime.Check;
