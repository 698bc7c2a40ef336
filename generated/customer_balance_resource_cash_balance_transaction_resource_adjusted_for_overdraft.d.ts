import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft as Type } from "./types/customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";

export type { CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft } from "./types/customer_balance_resource_cash_balance_transaction_resource_adjusted_for_overdraft.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerBalanceResourceCashBalanceTransactionResourceAdjustedForOverdraft };
