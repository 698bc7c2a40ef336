import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionFlightDataLeg as self } from "./types/issuing_transaction_flight_data_leg.js";

export type IssuingTransactionFlightDataLeg = self;
export declare const IssuingTransactionFlightDataLeg: SchemaModule<self>;
