import type * as runtime from "./runtime/api.js";
import type { QuotesResourceAutomaticTax as self } from "./types/quotes_resource_automatic_tax.js";

export type QuotesResourceAutomaticTax = self;
export declare const QuotesResourceAutomaticTax: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceAutomaticTax(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceAutomaticTax(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceAutomaticTax: runtime.Check;
