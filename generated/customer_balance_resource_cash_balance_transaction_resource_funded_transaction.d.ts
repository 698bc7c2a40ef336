import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_funded_transaction.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceFundedTransaction: SchemaModule<self>;
