import type * as runtime from "./runtime/api.js";
import type { RadarValueList as self } from "./types/radar.value_list.js";

export type RadarValueList = self;
export declare const RadarValueList: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarValueList(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRadarValueList(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarValueList: runtime.Check;
