import type * as runtime from "./runtime/api.js";
import type { TaxSettings as self } from "./types/tax.settings.js";

export type TaxSettings = self;
export declare const TaxSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxSettings(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxSettings: runtime.Check;
