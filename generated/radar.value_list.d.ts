import type { SchemaModule } from "./runtime/schema.js";
import type { RadarValueList as Type } from "./types/radar.value_list.js";

export type { RadarValueList } from "./types/radar.value_list.js";
declare const schema: SchemaModule<Type>;
export { schema as RadarValueList };
