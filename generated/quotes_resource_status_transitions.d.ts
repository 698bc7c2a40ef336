import type * as runtime from "./runtime/api.js";
import type { QuotesResourceStatusTransitions as self } from "./types/quotes_resource_status_transitions.js";

export type QuotesResourceStatusTransitions = self;
export declare const QuotesResourceStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceStatusTransitions: runtime.Check;
