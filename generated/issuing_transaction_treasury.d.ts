import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionTreasury as Type } from "./types/issuing_transaction_treasury.js";

export type IssuingTransactionTreasury = Type;
export declare const IssuingTransactionTreasury: SchemaModule<Type>;
