import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceTransaction as self } from "./types/customer_balance_transaction.js";

export type CustomerBalanceTransaction = self;
export declare const CustomerBalanceTransaction: SchemaModule<self>;
