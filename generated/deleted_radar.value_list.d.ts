import type { SchemaModule } from "./runtime/api.js";
import type { DeletedRadarValueList as self } from "./types/deleted_radar.value_list.js";

export type DeletedRadarValueList = self;
export declare const DeletedRadarValueList: SchemaModule<self>;
