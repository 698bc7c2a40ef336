import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCustomerBalance as self } from "./types/invoice_payment_method_options_customer_balance.js";

export type InvoicePaymentMethodOptionsCustomerBalance = self;
export declare const InvoicePaymentMethodOptionsCustomerBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsCustomerBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsCustomerBalance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsCustomerBalance: runtime.Check;
