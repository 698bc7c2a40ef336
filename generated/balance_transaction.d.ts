import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceTransaction as Type } from "./types/balance_transaction.js";

export type BalanceTransaction = Type;
export declare const BalanceTransaction: SchemaModule<Type>;
