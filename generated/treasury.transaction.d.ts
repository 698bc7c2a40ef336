import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryTransaction as self } from "./types/treasury.transaction.js";

export type TreasuryTransaction = self;
export declare const TreasuryTransaction: SchemaModule<self>;
