import type { SchemaModule } from "./runtime/api.js";
import type { RadarValueList as self } from "./types/radar.value_list.js";

export type RadarValueList = self;
export declare const RadarValueList: SchemaModule<self>;
