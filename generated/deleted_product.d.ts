import type * as runtime from "./runtime/api.js";
import type { DeletedProduct as self } from "./types/deleted_product.js";

export type DeletedProduct = self;
export declare const DeletedProduct: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedProduct(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedProduct(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedProduct: runtime.Check;
