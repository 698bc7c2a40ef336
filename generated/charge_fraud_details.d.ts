import type { SchemaModule } from "./runtime/schema.js";
import type { ChargeFraudDetails as Type } from "./types/charge_fraud_details.js";

export type { ChargeFraudDetails } from "./types/charge_fraud_details.js";
declare const schema: SchemaModule<Type>;
export { schema as ChargeFraudDetails };
