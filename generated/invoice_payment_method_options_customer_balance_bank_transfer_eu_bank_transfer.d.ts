import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer as Type } from "./types/invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";

export type { InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer } from "./types/invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer };
