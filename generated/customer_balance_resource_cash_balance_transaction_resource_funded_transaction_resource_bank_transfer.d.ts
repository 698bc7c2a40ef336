import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer.js";

export type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer } from "./types/customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransfer };
