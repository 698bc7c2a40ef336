import type * as runtime from "./runtime/api.js";
import type { InvoiceItemThresholdReason as self } from "./types/invoice_item_threshold_reason.js";

export type InvoiceItemThresholdReason = self;
export declare const InvoiceItemThresholdReason: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceItemThresholdReason(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceItemThresholdReason(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceItemThresholdReason: runtime.Check;
