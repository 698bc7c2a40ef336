import type { SchemaModule } from "./runtime/schema.js";
import type { ReserveTransaction as Type } from "./types/reserve_transaction.js";

export type ReserveTransaction = Type;
export declare const ReserveTransaction: SchemaModule<Type>;
