import type * as runtime from "./runtime/api.js";
import type { InvoicesPaymentMethodOptions as self } from "./types/invoices_payment_method_options.js";

export type InvoicesPaymentMethodOptions = self;
export declare const InvoicesPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesPaymentMethodOptions: runtime.Check;
