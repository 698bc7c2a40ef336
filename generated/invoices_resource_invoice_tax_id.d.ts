import type * as runtime from "./runtime/api.js";
import type { InvoicesResourceInvoiceTaxId as self } from "./types/invoices_resource_invoice_tax_id.js";

export type InvoicesResourceInvoiceTaxId = self;
export declare const InvoicesResourceInvoiceTaxId: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesResourceInvoiceTaxId(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesResourceInvoiceTaxId(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesResourceInvoiceTaxId: runtime.Check;
