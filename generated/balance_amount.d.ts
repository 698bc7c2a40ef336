import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceAmount as Type } from "./types/balance_amount.js";

export type BalanceAmount = Type;
export declare const BalanceAmount: SchemaModule<Type>;
