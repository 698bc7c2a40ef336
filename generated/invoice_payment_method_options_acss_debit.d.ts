import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsAcssDebit as self } from "./types/invoice_payment_method_options_acss_debit.js";

export type InvoicePaymentMethodOptionsAcssDebit = self;
export declare const InvoicePaymentMethodOptionsAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsAcssDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsAcssDebit: runtime.Check;
