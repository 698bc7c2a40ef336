import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeSofort as Type } from "./types/source_type_sofort.js";

export type SourceTypeSofort = Type;
export declare const SourceTypeSofort: SchemaModule<Type>;
