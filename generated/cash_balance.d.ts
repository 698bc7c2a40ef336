import type { SchemaModule } from "./runtime/schema.js";
import type { CashBalance as Type } from "./types/cash_balance.js";

export type CashBalance = Type;
export declare const CashBalance: SchemaModule<Type>;
