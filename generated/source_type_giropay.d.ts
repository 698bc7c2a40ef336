import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeGiropay as Type } from "./types/source_type_giropay.js";

export type { SourceTypeGiropay } from "./types/source_type_giropay.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeGiropay };
