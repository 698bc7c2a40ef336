import type * as runtime from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer as self } from "./types/invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";

export type InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer =
  self;
export declare const InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer: runtime.Check;
