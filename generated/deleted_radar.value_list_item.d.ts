import type { SchemaModule } from "./runtime/api.js";
import type { DeletedRadarValueListItem as self } from "./types/deleted_radar.value_list_item.js";

export type DeletedRadarValueListItem = self;
export declare const DeletedRadarValueListItem: SchemaModule<self>;
