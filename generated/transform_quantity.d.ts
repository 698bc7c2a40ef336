import type * as runtime from "./runtime/api.js";
import type { TransformQuantity as self } from "./types/transform_quantity.js";

export type TransformQuantity = self;
export declare const TransformQuantity: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTransformQuantity(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTransformQuantity(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTransformQuantity: runtime.Check;
