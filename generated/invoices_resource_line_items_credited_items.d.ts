import type * as runtime from "./runtime/api.js";
import type { InvoicesResourceLineItemsCreditedItems as self } from "./types/invoices_resource_line_items_credited_items.js";

export type InvoicesResourceLineItemsCreditedItems = self;
export declare const InvoicesResourceLineItemsCreditedItems: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesResourceLineItemsCreditedItems(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isInvoicesResourceLineItemsCreditedItems(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesResourceLineItemsCreditedItems: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testInvoicesResourceLineItemsCreditedItems: runtime.Test;
