import type { SchemaModule } from "./runtime/schema.js";
import type { Source as Type } from "./types/source.js";

export type Source = Type;
export declare const Source: SchemaModule<Type>;
