import type * as runtime from "./runtime/api.js";
import type { LineItemsTaxAmount as self } from "./types/line_items_tax_amount.js";

export type LineItemsTaxAmount = self;
export declare const LineItemsTaxAmount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLineItemsTaxAmount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLineItemsTaxAmount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLineItemsTaxAmount: runtime.Check;
