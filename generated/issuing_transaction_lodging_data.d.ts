import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionLodgingData as Type } from "./types/issuing_transaction_lodging_data.js";

export type { IssuingTransactionLodgingData } from "./types/issuing_transaction_lodging_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransactionLodgingData };
