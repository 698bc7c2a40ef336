import type * as runtime from "./runtime/api.js";
import type { IssuingCardShippingCustoms as self } from "./types/issuing_card_shipping_customs.js";

export type IssuingCardShippingCustoms = self;
export declare const IssuingCardShippingCustoms: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingCardShippingCustoms(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingCardShippingCustoms(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingCardShippingCustoms: runtime.Check;
