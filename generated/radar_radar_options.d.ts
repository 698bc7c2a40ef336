import type * as runtime from "./runtime/api.js";
import type { RadarRadarOptions as self } from "./types/radar_radar_options.js";

export type RadarRadarOptions = self;
export declare const RadarRadarOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarRadarOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRadarRadarOptions(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarRadarOptions: runtime.Check;
