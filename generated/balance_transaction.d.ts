import type { SchemaModule } from "./runtime/api.js";
import type { BalanceTransaction as self } from "./types/balance_transaction.js";

export type BalanceTransaction = self;
export declare const BalanceTransaction: SchemaModule<self>;
