import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryCreditReversal as Type } from "./types/treasury.credit_reversal.js";

export type TreasuryCreditReversal = Type;
export declare const TreasuryCreditReversal: SchemaModule<Type>;
