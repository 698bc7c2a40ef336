import type { SchemaModule } from "./runtime/schema.js";
import type { RadarValueList as Type } from "./types/radar.value_list.js";

export type RadarValueList = Type;
export declare const RadarValueList: SchemaModule<Type>;
