import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransaction as self } from "./types/issuing.transaction.js";

export type IssuingTransaction = self;
export declare const IssuingTransaction: SchemaModule<self>;
