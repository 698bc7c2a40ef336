import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceAmountBySourceType as Type } from "./types/balance_amount_by_source_type.js";

export type BalanceAmountBySourceType = Type;
export declare const BalanceAmountBySourceType: SchemaModule<Type>;
