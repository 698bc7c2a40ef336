import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransaction as Type } from "./types/treasury.transaction.js";

export type TreasuryTransaction = Type;
export declare const TreasuryTransaction: SchemaModule<Type>;
