import type { SchemaModule } from "./runtime/api.js";
import type { BalanceAmountBySourceType as self } from "./types/balance_amount_by_source_type.js";

export type BalanceAmountBySourceType = self;
export declare const BalanceAmountBySourceType: SchemaModule<self>;
