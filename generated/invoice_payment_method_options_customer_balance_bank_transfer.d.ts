import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransfer as Type } from "./types/invoice_payment_method_options_customer_balance_bank_transfer.js";

export type InvoicePaymentMethodOptionsCustomerBalanceBankTransfer = Type;
export declare const InvoicePaymentMethodOptionsCustomerBalanceBankTransfer: SchemaModule<Type>;
