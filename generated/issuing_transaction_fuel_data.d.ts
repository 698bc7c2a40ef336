import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionFuelData as Type } from "./types/issuing_transaction_fuel_data.js";

export type IssuingTransactionFuelData = Type;
export declare const IssuingTransactionFuelData: SchemaModule<Type>;
