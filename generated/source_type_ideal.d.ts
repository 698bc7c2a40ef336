import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeIdeal as Type } from "./types/source_type_ideal.js";

export type { SourceTypeIdeal } from "./types/source_type_ideal.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeIdeal };
