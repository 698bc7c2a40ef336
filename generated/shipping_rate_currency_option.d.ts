import type * as runtime from "./runtime/api.js";
import type { ShippingRateCurrencyOption as self } from "./types/shipping_rate_currency_option.js";

export type ShippingRateCurrencyOption = self;
export declare const ShippingRateCurrencyOption: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateShippingRateCurrencyOption(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isShippingRateCurrencyOption(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkShippingRateCurrencyOption: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testShippingRateCurrencyOption: runtime.Test;
