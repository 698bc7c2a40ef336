import type * as runtime from "./runtime/api.js";
import type { QuotesResourceTotalDetailsResourceBreakdown as self } from "./types/quotes_resource_total_details_resource_breakdown.js";

export type QuotesResourceTotalDetailsResourceBreakdown = self;
export declare const QuotesResourceTotalDetailsResourceBreakdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceTotalDetailsResourceBreakdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceTotalDetailsResourceBreakdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceTotalDetailsResourceBreakdown: runtime.Check;
