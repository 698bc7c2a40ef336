import type * as runtime from "./runtime/api.js";
import type { RadarEarlyFraudWarning as self } from "./types/radar.early_fraud_warning.js";

export type RadarEarlyFraudWarning = self;
export declare const RadarEarlyFraudWarning: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarEarlyFraudWarning(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRadarEarlyFraudWarning(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarEarlyFraudWarning: runtime.Check;
