import type * as runtime from "./runtime/api.js";
import type { RadarValueListItem as self } from "./types/radar.value_list_item.js";

export type RadarValueListItem = self;
export declare const RadarValueListItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRadarValueListItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isRadarValueListItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRadarValueListItem: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testRadarValueListItem: runtime.Test;
