import type * as runtime from "./runtime/api.js";
import type { Review as self } from "./types/review.js";

export type Review = self;
export declare const Review: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateReview(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isReview(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkReview: runtime.Check;
