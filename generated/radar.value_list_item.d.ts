import type { SchemaModule } from "./runtime/schema.js";
import type { RadarValueListItem as Type } from "./types/radar.value_list_item.js";

export type RadarValueListItem = Type;
export declare const RadarValueListItem: SchemaModule<Type>;
