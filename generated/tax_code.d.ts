import type * as runtime from "./runtime/api.js";
import type { TaxCode as self } from "./types/tax_code.js";

export type TaxCode = self;
export declare const TaxCode: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxCode(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxCode(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxCode: runtime.Check;
