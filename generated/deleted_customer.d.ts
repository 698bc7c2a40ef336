import type * as runtime from "./runtime/api.js";
import type { DeletedCustomer as self } from "./types/deleted_customer.js";

export type DeletedCustomer = self;
export declare const DeletedCustomer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedCustomer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedCustomer(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedCustomer: runtime.Check;
