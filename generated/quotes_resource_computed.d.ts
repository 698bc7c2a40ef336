import type * as runtime from "./runtime/api.js";
import type { QuotesResourceComputed as self } from "./types/quotes_resource_computed.js";

export type QuotesResourceComputed = self;
export declare const QuotesResourceComputed: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuotesResourceComputed(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuotesResourceComputed(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuotesResourceComputed: runtime.Check;
