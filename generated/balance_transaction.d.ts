import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceTransaction as Type } from "./types/balance_transaction.js";

export type { BalanceTransaction } from "./types/balance_transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as BalanceTransaction };
