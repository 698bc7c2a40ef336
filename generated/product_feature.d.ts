import type * as runtime from "./runtime/api.js";
import type { ProductFeature as self } from "./types/product_feature.js";

export type ProductFeature = self;
export declare const ProductFeature: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateProductFeature(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isProductFeature(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkProductFeature: runtime.Check;
