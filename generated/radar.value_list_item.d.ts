import type * as runtime from "./runtime/api.js";
import type { RadarValueListItem as self } from "./types/radar.value_list_item.js";

export type RadarValueListItem = self;
export declare const RadarValueListItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarValueListItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRadarValueListItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarValueListItem: runtime.Check;
