import type * as runtime from "./runtime/api.js";
import type { DeletedRadarValueListItem as self } from "./types/deleted_radar.value_list_item.js";

export type DeletedRadarValueListItem = self;
export declare const DeletedRadarValueListItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedRadarValueListItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedRadarValueListItem(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedRadarValueListItem: runtime.Check;
