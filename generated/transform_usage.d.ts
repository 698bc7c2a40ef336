import type * as runtime from "./runtime/api.js";
import type { TransformUsage as self } from "./types/transform_usage.js";

export type TransformUsage = self;
export declare const TransformUsage: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTransformUsage(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTransformUsage(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTransformUsage: runtime.Check;
