import type * as runtime from "./runtime/api.js";
import type { Product as self } from "./types/product.js";

export type Product = self;
export declare const Product: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateProduct(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isProduct(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkProduct: runtime.Check;
