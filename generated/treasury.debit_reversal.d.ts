import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryDebitReversal as Type } from "./types/treasury.debit_reversal.js";

export type TreasuryDebitReversal = Type;
export declare const TreasuryDebitReversal: SchemaModule<Type>;
