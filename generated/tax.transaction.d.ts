import type * as runtime from "./runtime/api.js";
import type { TaxTransaction as self } from "./types/tax.transaction.js";

export type TaxTransaction = self;
export declare const TaxTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxTransaction(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxTransaction: runtime.Check;
