import type { SchemaModule } from "./runtime/api.js";
import type { ChargeFraudDetails as self } from "./types/charge_fraud_details.js";

export type ChargeFraudDetails = self;
export declare const ChargeFraudDetails: SchemaModule<self>;
