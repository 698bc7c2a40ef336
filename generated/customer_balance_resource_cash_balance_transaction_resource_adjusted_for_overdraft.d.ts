import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft =
  Type;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft: SchemaModule<Type>;
