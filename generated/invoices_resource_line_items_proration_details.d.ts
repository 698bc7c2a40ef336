import type * as runtime from "./runtime/api.js";
import type { InvoicesResourceLineItemsProrationDetails as self } from "./types/invoices_resource_line_items_proration_details.js";

export type InvoicesResourceLineItemsProrationDetails = self;
export declare const InvoicesResourceLineItemsProrationDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesResourceLineItemsProrationDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isInvoicesResourceLineItemsProrationDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesResourceLineItemsProrationDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testInvoicesResourceLineItemsProrationDetails: runtime.Test;
