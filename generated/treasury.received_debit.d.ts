import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedDebit as self } from "./types/treasury.received_debit.js";

export type TreasuryReceivedDebit = self;
export declare const TreasuryReceivedDebit: SchemaModule<self>;
