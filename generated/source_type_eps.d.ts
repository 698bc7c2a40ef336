import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeEps as Type } from "./types/source_type_eps.js";

export type SourceTypeEps = Type;
export declare const SourceTypeEps: SchemaModule<Type>;
