import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft as self } from "./types/customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";

export type CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft =
  self;
export declare const CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft: SchemaModule<self>;
