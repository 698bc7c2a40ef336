import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransaction as Type } from "./types/issuing.transaction.js";

export type IssuingTransaction = Type;
export declare const IssuingTransaction: SchemaModule<Type>;
