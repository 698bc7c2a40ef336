import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsBancontact as self } from "./types/invoice_payment_method_options_bancontact.js";

export type InvoicePaymentMethodOptionsBancontact = self;
export declare const InvoicePaymentMethodOptionsBancontact: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsBancontact(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsBancontact(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsBancontact: runtime.Check;
