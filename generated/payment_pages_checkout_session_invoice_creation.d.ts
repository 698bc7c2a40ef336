import type * as runtime from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionInvoiceCreation as self } from "./types/payment_pages_checkout_session_invoice_creation.js";

export type PaymentPagesCheckoutSessionInvoiceCreation = self;
export declare const PaymentPagesCheckoutSessionInvoiceCreation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentPagesCheckoutSessionInvoiceCreation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentPagesCheckoutSessionInvoiceCreation(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentPagesCheckoutSessionInvoiceCreation: runtime.Check;
