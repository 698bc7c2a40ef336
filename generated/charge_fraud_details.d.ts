import type { SchemaModule } from "./runtime/schema.js";
import type { ChargeFraudDetails as Type } from "./types/charge_fraud_details.js";

export type ChargeFraudDetails = Type;
export declare const ChargeFraudDetails: SchemaModule<Type>;
