import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryDebitReversal as self } from "./types/treasury.debit_reversal.js";

export type TreasuryDebitReversal = self;
export declare const TreasuryDebitReversal: SchemaModule<self>;
