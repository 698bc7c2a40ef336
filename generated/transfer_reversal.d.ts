import type { SchemaModule } from "./runtime/schema.js";
import type { TransferReversal as Type } from "./types/transfer_reversal.js";

export type TransferReversal = Type;
export declare const TransferReversal: SchemaModule<Type>;
