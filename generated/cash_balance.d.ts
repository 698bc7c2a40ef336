import type { SchemaModule } from "./runtime/schema.js";
import type { CashBalance as Type } from "./types/cash_balance.js";

export type { CashBalance } from "./types/cash_balance.js";
declare const schema: SchemaModule<Type>;
export { schema as CashBalance };
