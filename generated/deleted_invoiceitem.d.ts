import type * as runtime from "./runtime/api.js";
import type { DeletedInvoiceitem as self } from "./types/deleted_invoiceitem.js";

export type DeletedInvoiceitem = self;
export declare const DeletedInvoiceitem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedInvoiceitem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedInvoiceitem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedInvoiceitem: runtime.Check;
