import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionTreasury as self } from "./types/issuing_transaction_treasury.js";

export type IssuingTransactionTreasury = self;
export declare const IssuingTransactionTreasury: SchemaModule<self>;
