import type * as runtime from "./runtime/api.js";
import type { PromotionCode as self } from "./types/promotion_code.js";

export type PromotionCode = self;
export declare const PromotionCode: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePromotionCode(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPromotionCode(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPromotionCode: runtime.Check;
