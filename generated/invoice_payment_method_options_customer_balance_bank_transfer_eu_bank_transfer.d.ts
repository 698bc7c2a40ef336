import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer as self } from "./types/invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";

export type InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer =
  self;
export declare const InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer: SchemaModule<self>;
