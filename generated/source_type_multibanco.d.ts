import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeMultibanco as self } from "./types/source_type_multibanco.js";

export type SourceTypeMultibanco = self;
export declare const SourceTypeMultibanco: SchemaModule<self>;
