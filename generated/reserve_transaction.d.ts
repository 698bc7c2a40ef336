import type { SchemaModule } from "./runtime/api.js";
import type { ReserveTransaction as self } from "./types/reserve_transaction.js";

export type ReserveTransaction = self;
export declare const ReserveTransaction: SchemaModule<self>;
