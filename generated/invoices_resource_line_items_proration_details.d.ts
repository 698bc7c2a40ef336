import type * as runtime from "./runtime/api.js";
import type { InvoicesResourceLineItemsProrationDetails as self } from "./types/invoices_resource_line_items_proration_details.js";

export type InvoicesResourceLineItemsProrationDetails = self;
export declare const InvoicesResourceLineItemsProrationDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesResourceLineItemsProrationDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesResourceLineItemsProrationDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesResourceLineItemsProrationDetails: runtime.Check;
