import type * as runtime from "./runtime/api.js";
import type { InvoiceTaxAmount as self } from "./types/invoice_tax_amount.js";

export type InvoiceTaxAmount = self;
export declare const InvoiceTaxAmount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceTaxAmount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isInvoiceTaxAmount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceTaxAmount: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testInvoiceTaxAmount: runtime.Test;
