import type { SchemaModule } from "./runtime/schema.js";
import type { RadarEarlyFraudWarning as Type } from "./types/radar.early_fraud_warning.js";

export type RadarEarlyFraudWarning = Type;
export declare const RadarEarlyFraudWarning: SchemaModule<Type>;
