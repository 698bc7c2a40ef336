import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeP24 as Type } from "./types/source_type_p24.js";

export type SourceTypeP24 = Type;
export declare const SourceTypeP24: SchemaModule<Type>;
