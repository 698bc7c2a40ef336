import type * as runtime from "./runtime/api.js";
import type { InvoiceTransferData as self } from "./types/invoice_transfer_data.js";

export type InvoiceTransferData = self;
export declare const InvoiceTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceTransferData(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceTransferData: runtime.Check;
