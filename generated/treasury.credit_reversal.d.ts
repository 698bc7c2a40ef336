import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryCreditReversal as self } from "./types/treasury.credit_reversal.js";

export type TreasuryCreditReversal = self;
export declare const TreasuryCreditReversal: SchemaModule<self>;
