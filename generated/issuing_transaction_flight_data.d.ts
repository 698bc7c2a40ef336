import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionFlightData as Type } from "./types/issuing_transaction_flight_data.js";

export type { IssuingTransactionFlightData } from "./types/issuing_transaction_flight_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransactionFlightData };
