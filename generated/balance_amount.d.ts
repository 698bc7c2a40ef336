import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceAmount as Type } from "./types/balance_amount.js";

export type { BalanceAmount } from "./types/balance_amount.js";
declare const schema: SchemaModule<Type>;
export { schema as BalanceAmount };
