import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransaction as Type } from "./types/treasury.transaction.js";

export type { TreasuryTransaction } from "./types/treasury.transaction.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryTransaction };
