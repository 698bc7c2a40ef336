import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions as self } from "./types/invoice_payment_method_options_us_bank_account_linked_account_options.js";

export type InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions = self;
export declare const InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions: runtime.Check;
