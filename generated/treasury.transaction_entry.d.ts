import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionEntry as Type } from "./types/treasury.transaction_entry.js";

export type TreasuryTransactionEntry = Type;
export declare const TreasuryTransactionEntry: SchemaModule<Type>;
