import type * as runtime from "./runtime/api.js";
import type { TaxTransactionLineItem as self } from "./types/tax.transaction_line_item.js";

export type TaxTransactionLineItem = self;
export declare const TaxTransactionLineItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxTransactionLineItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxTransactionLineItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxTransactionLineItem: runtime.Check;
