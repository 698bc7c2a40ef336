import type * as runtime from "./runtime/api.js";
import type { QuotesResourceTotalDetails as self } from "./types/quotes_resource_total_details.js";

export type QuotesResourceTotalDetails = self;
export declare const QuotesResourceTotalDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceTotalDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceTotalDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceTotalDetails: runtime.Check;
