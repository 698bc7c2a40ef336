import type { SchemaModule } from "./runtime/api.js";
import type { Item as self } from "./types/item.js";

export type Item = self;
export declare const Item: SchemaModule<self>;
