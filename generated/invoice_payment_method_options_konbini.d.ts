import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsKonbini as self } from "./types/invoice_payment_method_options_konbini.js";

export type InvoicePaymentMethodOptionsKonbini = self;
export declare const InvoicePaymentMethodOptionsKonbini: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsKonbini(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsKonbini(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsKonbini: runtime.Check;
