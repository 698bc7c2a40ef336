import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionAmountDetails as Type } from "./types/issuing_transaction_amount_details.js";

export type { IssuingTransactionAmountDetails } from "./types/issuing_transaction_amount_details.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransactionAmountDetails };
