import type * as runtime from "./runtime/api.js";
import type { TaxId as self } from "./types/tax_id.js";

export type TaxId = self;
export declare const TaxId: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxId(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxId(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxId: runtime.Check;
