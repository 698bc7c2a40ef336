import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeIdeal as self } from "./types/source_type_ideal.js";

export type SourceTypeIdeal = self;
export declare const SourceTypeIdeal: SchemaModule<self>;
