import type { SchemaModule } from "./runtime/schema.js";
import type { RadarEarlyFraudWarning as Type } from "./types/radar.early_fraud_warning.js";

export type { RadarEarlyFraudWarning } from "./types/radar.early_fraud_warning.js";
declare const schema: SchemaModule<Type>;
export { schema as RadarEarlyFraudWarning };
