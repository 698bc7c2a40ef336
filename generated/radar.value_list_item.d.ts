import type { SchemaModule } from "./runtime/api.js";
import type { RadarValueListItem as self } from "./types/radar.value_list_item.js";

export type RadarValueListItem = self;
export declare const RadarValueListItem: SchemaModule<self>;
