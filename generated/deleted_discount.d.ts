import type * as runtime from "./runtime/api.js";
import type { DeletedDiscount as self } from "./types/deleted_discount.js";

export type DeletedDiscount = self;
export declare const DeletedDiscount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedDiscount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedDiscount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedDiscount: runtime.Check;
