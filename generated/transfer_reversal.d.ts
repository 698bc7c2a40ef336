import type { SchemaModule } from "./runtime/api.js";
import type { TransferReversal as self } from "./types/transfer_reversal.js";

export type TransferReversal = self;
export declare const TransferReversal: SchemaModule<self>;
