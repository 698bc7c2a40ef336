import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionTreasury as Type } from "./types/issuing_transaction_treasury.js";

export type { IssuingTransactionTreasury } from "./types/issuing_transaction_treasury.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransactionTreasury };
