import type * as runtime from "./runtime/api.js";
import type { CurrencyOption as self } from "./types/currency_option.js";

export type CurrencyOption = self;
export declare const CurrencyOption: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCurrencyOption(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCurrencyOption(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCurrencyOption: runtime.Check;
