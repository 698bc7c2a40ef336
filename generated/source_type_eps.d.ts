import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeEps as self } from "./types/source_type_eps.js";

export type SourceTypeEps = self;
export declare const SourceTypeEps: SchemaModule<self>;
