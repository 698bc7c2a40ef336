import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionFuelData as self } from "./types/issuing_transaction_fuel_data.js";

export type IssuingTransactionFuelData = self;
export declare const IssuingTransactionFuelData: SchemaModule<self>;
