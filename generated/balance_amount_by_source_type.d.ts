import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceAmountBySourceType as Type } from "./types/balance_amount_by_source_type.js";

export type { BalanceAmountBySourceType } from "./types/balance_amount_by_source_type.js";
declare const schema: SchemaModule<Type>;
export { schema as BalanceAmountBySourceType };
