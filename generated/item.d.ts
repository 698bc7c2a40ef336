import type { SchemaModule } from "./runtime/schema.js";
import type { Item as Type } from "./types/item.js";

export type Item = Type;
export declare const Item: SchemaModule<Type>;
