import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeKlarna as Type } from "./types/source_type_klarna.js";

export type SourceTypeKlarna = Type;
export declare const SourceTypeKlarna: SchemaModule<Type>;
