import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsKonbini as self } from "./types/invoice_payment_method_options_konbini.js";

export type InvoicePaymentMethodOptionsKonbini = self;
export declare const InvoicePaymentMethodOptionsKonbini: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsKonbini(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isInvoicePaymentMethodOptionsKonbini(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsKonbini: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testInvoicePaymentMethodOptionsKonbini: runtime.Test;
