import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeKlarna as Type } from "./types/source_type_klarna.js";

export type { SourceTypeKlarna } from "./types/source_type_klarna.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTypeKlarna };
