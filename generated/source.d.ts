import type { SchemaModule } from "./runtime/api.js";
import type { Source as self } from "./types/source.js";

export type Source = self;
export declare const Source: SchemaModule<self>;
