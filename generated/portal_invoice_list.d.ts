import type * as runtime from "./runtime/api.js";
import type { PortalInvoiceList as self } from "./types/portal_invoice_list.js";

export type PortalInvoiceList = self;
export declare const PortalInvoiceList: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalInvoiceList(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalInvoiceList(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalInvoiceList: runtime.Check;
