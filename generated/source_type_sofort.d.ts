import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeSofort as self } from "./types/source_type_sofort.js";

export type SourceTypeSofort = self;
export declare const SourceTypeSofort: SchemaModule<self>;
