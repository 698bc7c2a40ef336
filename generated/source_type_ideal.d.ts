import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeIdeal as Type } from "./types/source_type_ideal.js";

export type SourceTypeIdeal = Type;
export declare const SourceTypeIdeal: SchemaModule<Type>;
