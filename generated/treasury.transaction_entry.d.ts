import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryTransactionEntry as self } from "./types/treasury.transaction_entry.js";

export type TreasuryTransactionEntry = self;
export declare const TreasuryTransactionEntry: SchemaModule<self>;
