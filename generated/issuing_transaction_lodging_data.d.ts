import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionLodgingData as Type } from "./types/issuing_transaction_lodging_data.js";

export type IssuingTransactionLodgingData = Type;
export declare const IssuingTransactionLodgingData: SchemaModule<Type>;
