import type * as runtime from "./runtime/api.js";
import type { DeletedRadarValueList as self } from "./types/deleted_radar.value_list.js";

export type DeletedRadarValueList = self;
export declare const DeletedRadarValueList: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedRadarValueList(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedRadarValueList(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedRadarValueList: runtime.Check;
