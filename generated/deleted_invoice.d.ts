import type * as runtime from "./runtime/api.js";
import type { DeletedInvoice as self } from "./types/deleted_invoice.js";

export type DeletedInvoice = self;
export declare const DeletedInvoice: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedInvoice(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedInvoice(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedInvoice: runtime.Check;
