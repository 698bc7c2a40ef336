import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_funded_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction =
  Type;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction: SchemaModule<Type>;
