import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsUsBankAccount as self } from "./types/invoice_payment_method_options_us_bank_account.js";

export type InvoicePaymentMethodOptionsUsBankAccount = self;
export declare const InvoicePaymentMethodOptionsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsUsBankAccount: runtime.Check;
