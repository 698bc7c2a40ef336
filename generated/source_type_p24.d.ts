import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeP24 as self } from "./types/source_type_p24.js";

export type SourceTypeP24 = self;
export declare const SourceTypeP24: SchemaModule<self>;
