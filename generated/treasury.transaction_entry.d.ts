import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionEntry as Type } from "./types/treasury.transaction_entry.js";

export type { TreasuryTransactionEntry } from "./types/treasury.transaction_entry.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryTransactionEntry };
