import type { SchemaModule } from "./runtime/api.js";
import type { RadarEarlyFraudWarning as self } from "./types/radar.early_fraud_warning.js";

export type RadarEarlyFraudWarning = self;
export declare const RadarEarlyFraudWarning: SchemaModule<self>;
