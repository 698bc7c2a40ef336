import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebit as Type } from "./types/treasury.received_debit.js";

export type TreasuryReceivedDebit = Type;
export declare const TreasuryReceivedDebit: SchemaModule<Type>;
