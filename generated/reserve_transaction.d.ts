import type { SchemaModule } from "./runtime/schema.js";
import type { ReserveTransaction as Type } from "./types/reserve_transaction.js";

export type { ReserveTransaction } from "./types/reserve_transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as ReserveTransaction };
