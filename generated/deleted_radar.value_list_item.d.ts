import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedRadarValueListItem as Type } from "./types/deleted_radar.value_list_item.js";

export type DeletedRadarValueListItem = Type;
export declare const DeletedRadarValueListItem: SchemaModule<Type>;
