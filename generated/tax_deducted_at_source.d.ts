import type * as runtime from "./runtime/api.js";
import type { TaxDeductedAtSource as self } from "./types/tax_deducted_at_source.js";

export type TaxDeductedAtSource = self;
export declare const TaxDeductedAtSource: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxDeductedAtSource(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxDeductedAtSource(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxDeductedAtSource: runtime.Check;
