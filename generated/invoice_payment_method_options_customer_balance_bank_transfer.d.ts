import type { SchemaModule } from "./runtime/api.js";
import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransfer as self } from "./types/invoice_payment_method_options_customer_balance_bank_transfer.js";

export type InvoicePaymentMethodOptionsCustomerBalanceBankTransfer = self;
export declare const InvoicePaymentMethodOptionsCustomerBalanceBankTransfer: SchemaModule<self>;
