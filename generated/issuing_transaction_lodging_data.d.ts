import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionLodgingData as self } from "./types/issuing_transaction_lodging_data.js";

export type IssuingTransactionLodgingData = self;
export declare const IssuingTransactionLodgingData: SchemaModule<self>;
