import type { SchemaModule } from "./runtime/api.js";
import type { SourceTransaction as self } from "./types/source_transaction.js";

export type SourceTransaction = self;
export declare const SourceTransaction: SchemaModule<self>;
