import type * as runtime from "./runtime/api.js";
import type { QuotesResourceRecurring as self } from "./types/quotes_resource_recurring.js";

export type QuotesResourceRecurring = self;
export declare const QuotesResourceRecurring: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceRecurring(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceRecurring(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceRecurring: runtime.Check;
