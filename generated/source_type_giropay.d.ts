import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeGiropay as Type } from "./types/source_type_giropay.js";

export type SourceTypeGiropay = Type;
export declare const SourceTypeGiropay: SchemaModule<Type>;
