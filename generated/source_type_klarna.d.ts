import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeKlarna as self } from "./types/source_type_klarna.js";

export type SourceTypeKlarna = self;
export declare const SourceTypeKlarna: SchemaModule<self>;
