import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeMultibanco as Type } from "./types/source_type_multibanco.js";

export type { SourceTypeMultibanco } from "./types/source_type_multibanco.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeMultibanco };
