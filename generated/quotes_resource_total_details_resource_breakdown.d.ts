import type * as runtime from "./runtime/api.js";
import type { QuotesResourceTotalDetailsResourceBreakdown as self } from "./types/quotes_resource_total_details_resource_breakdown.js";

export type QuotesResourceTotalDetailsResourceBreakdown = self;
export declare const QuotesResourceTotalDetailsResourceBreakdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceTotalDetailsResourceBreakdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isQuotesResourceTotalDetailsResourceBreakdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceTotalDetailsResourceBreakdown: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testQuotesResourceTotalDetailsResourceBreakdown: runtime.Test;
