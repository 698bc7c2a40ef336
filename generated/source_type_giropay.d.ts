import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeGiropay as self } from "./types/source_type_giropay.js";

export type SourceTypeGiropay = self;
export declare const SourceTypeGiropay: SchemaModule<self>;
