import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionFlightDataLeg as Type } from "./types/issuing_transaction_flight_data_leg.js";

export type IssuingTransactionFlightDataLeg = Type;
export declare const IssuingTransactionFlightDataLeg: SchemaModule<Type>;
