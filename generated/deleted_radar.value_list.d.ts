import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedRadarValueList as Type } from "./types/deleted_radar.value_list.js";

export type DeletedRadarValueList = Type;
export declare const DeletedRadarValueList: SchemaModule<Type>;
