import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionFlightData as self } from "./types/issuing_transaction_flight_data.js";

export type IssuingTransactionFlightData = self;
export declare const IssuingTransactionFlightData: SchemaModule<self>;
