import type * as runtime from "./runtime/api.js";
import type { Invoiceitem as self } from "./types/invoiceitem.js";

export type Invoiceitem = self;
export declare const Invoiceitem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceitem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceitem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceitem: runtime.Check;
