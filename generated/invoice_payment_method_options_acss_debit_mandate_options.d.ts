import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsAcssDebitMandateOptions as self } from "./types/invoice_payment_method_options_acss_debit_mandate_options.js";

export type InvoicePaymentMethodOptionsAcssDebitMandateOptions = self;
export declare const InvoicePaymentMethodOptionsAcssDebitMandateOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsAcssDebitMandateOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsAcssDebitMandateOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsAcssDebitMandateOptions: runtime.Check;
