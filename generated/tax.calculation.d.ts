import type * as runtime from "./runtime/api.js";
import type { TaxCalculation as self } from "./types/tax.calculation.js";

export type TaxCalculation = self;
export declare const TaxCalculation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxCalculation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxCalculation(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxCalculation: runtime.Check;
