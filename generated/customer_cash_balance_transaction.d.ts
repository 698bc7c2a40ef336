import type { SchemaModule } from "./runtime/api.js";
import type { CustomerCashBalanceTransaction as self } from "./types/customer_cash_balance_transaction.js";

export type CustomerCashBalanceTransaction = self;
export declare const CustomerCashBalanceTransaction: SchemaModule<self>;
