import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedRadarValueList as Type } from "./types/deleted_radar.value_list.js";

export type { DeletedRadarValueList } from "./types/deleted_radar.value_list.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedRadarValueList };
