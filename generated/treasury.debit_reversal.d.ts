import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryDebitReversal as Type } from "./types/treasury.debit_reversal.js";

export type { TreasuryDebitReversal } from "./types/treasury.debit_reversal.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryDebitReversal };
