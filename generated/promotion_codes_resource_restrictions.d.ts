import type * as runtime from "./runtime/api.js";
import type { PromotionCodesResourceRestrictions as self } from "./types/promotion_codes_resource_restrictions.js";

export type PromotionCodesResourceRestrictions = self;
export declare const PromotionCodesResourceRestrictions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePromotionCodesResourceRestrictions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPromotionCodesResourceRestrictions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPromotionCodesResourceRestrictions: runtime.Check;
