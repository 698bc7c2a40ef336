import type * as runtime from "./runtime/api.js";
import type { DeletedPrice as self } from "./types/deleted_price.js";

export type DeletedPrice = self;
export declare const DeletedPrice: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedPrice(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedPrice(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedPrice: runtime.Check;
