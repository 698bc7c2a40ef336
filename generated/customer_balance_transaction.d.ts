import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceTransaction as Type } from "./types/customer_balance_transaction.js";

export type CustomerBalanceTransaction = Type;
export declare const CustomerBalanceTransaction: SchemaModule<Type>;
