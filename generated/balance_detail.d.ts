import type { SchemaModule } from "./runtime/schema.js";
import type { BalanceDetail as Type } from "./types/balance_detail.js";

export type { BalanceDetail } from "./types/balance_detail.js";
declare const schema: SchemaModule<Type>;
export { schema as BalanceDetail };
