import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeMultibanco as Type } from "./types/source_type_multibanco.js";

export type SourceTypeMultibanco = Type;
export declare const SourceTypeMultibanco: SchemaModule<Type>;
