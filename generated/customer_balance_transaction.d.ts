import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceTransaction as Type } from "./types/customer_balance_transaction.js";

export type { CustomerBalanceTransaction } from "./types/customer_balance_transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerBalanceTransaction };
