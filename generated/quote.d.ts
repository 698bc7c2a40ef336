import type * as runtime from "./runtime/api.js";
import type { Quote as self } from "./types/quote.js";

export type Quote = self;
export declare const Quote: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateQuote(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isQuote(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkQuote: runtime.Check;
