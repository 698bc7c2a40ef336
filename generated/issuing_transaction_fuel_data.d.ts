import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionFuelData as Type } from "./types/issuing_transaction_fuel_data.js";

export type { IssuingTransactionFuelData } from "./types/issuing_transaction_fuel_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransactionFuelData };
