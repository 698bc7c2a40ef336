import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerCashBalanceTransaction as Type } from "./types/customer_cash_balance_transaction.js";

export type CustomerCashBalanceTransaction = Type;
export declare const CustomerCashBalanceTransaction: SchemaModule<Type>;
