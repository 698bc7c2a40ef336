import type * as runtime from "./runtime/api.js";
import type { QuotesResourceFromQuote as self } from "./types/quotes_resource_from_quote.js";

export type QuotesResourceFromQuote = self;
export declare const QuotesResourceFromQuote: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceFromQuote(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceFromQuote(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceFromQuote: runtime.Check;
