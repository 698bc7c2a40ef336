import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionFlightData as Type } from "./types/issuing_transaction_flight_data.js";

export type IssuingTransactionFlightData = Type;
export declare const IssuingTransactionFlightData: SchemaModule<Type>;
