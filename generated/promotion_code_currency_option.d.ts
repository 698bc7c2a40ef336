import type * as runtime from "./runtime/api.js";
import type { PromotionCodeCurrencyOption as self } from "./types/promotion_code_currency_option.js";

export type PromotionCodeCurrencyOption = self;
export declare const PromotionCodeCurrencyOption: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePromotionCodeCurrencyOption(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPromotionCodeCurrencyOption(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPromotionCodeCurrencyOption: runtime.Check;
