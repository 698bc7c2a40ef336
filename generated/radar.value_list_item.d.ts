import type { SchemaModule } from "./runtime/schema.js";
import type { RadarValueListItem as Type } from "./types/radar.value_list_item.js";

export type { RadarValueListItem } from "./types/radar.value_list_item.js";
declare const schema: SchemaModule<Type>;
export { schema as RadarValueListItem };
