import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransaction as Type } from "./types/source_transaction.js";

export type SourceTransaction = Type;
export declare const SourceTransaction: SchemaModule<Type>;
