import type * as runtime from "./runtime/api.js";
import type { InvoicesFromInvoice as self } from "./types/invoices_from_invoice.js";

export type InvoicesFromInvoice = self;
export declare const InvoicesFromInvoice: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesFromInvoice(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesFromInvoice(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesFromInvoice: runtime.Check;
