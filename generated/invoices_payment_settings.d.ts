import type * as runtime from "./runtime/api.js";
import type { InvoicesPaymentSettings as self } from "./types/invoices_payment_settings.js";

export type InvoicesPaymentSettings = self;
export declare const InvoicesPaymentSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesPaymentSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesPaymentSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesPaymentSettings: runtime.Check;
