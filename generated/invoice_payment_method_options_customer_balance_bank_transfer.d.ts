import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransfer as self } from "./types/invoice_payment_method_options_customer_balance_bank_transfer.js";

export type InvoicePaymentMethodOptionsCustomerBalanceBankTransfer = self;
export declare const InvoicePaymentMethodOptionsCustomerBalanceBankTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsCustomerBalanceBankTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsCustomerBalanceBankTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsCustomerBalanceBankTransfer: runtime.Check;
